/** Drawing the whole pane in its language, and switching the language. */
import type { Lang } from 'hoptac';
import { renderChanges } from './changes-view.js';
import { renderDownload } from './download.js';
import { renderExplain } from './explain-view.js';
import { words } from './figure-words.js';
import type { FigureKey } from './figure-words.js';
import { renderFindings } from './findings-view.js';
import { renderGaps } from './gaps-view.js';
import { renderGlance } from './glance-view.js';
import { el, state, text } from './pane-state.js';
import { renderPicker } from './period-picker.js';
import { renderMessage } from './progress.js';
import type { StringKey } from './strings.js';
import { renderSummary } from './summary-view.js';

/** The texts fixed in the page (`data-i18n`), the page's language and the language toggle. */
export function renderStatic(): void {
  document.documentElement.lang = state.lang;
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    node.textContent = text(node.dataset['i18n'] as StringKey);
  }
  for (const node of document.querySelectorAll<HTMLElement>('[data-words]')) {
    node.textContent = words(node.dataset['words'] as FigureKey);
  }
  const toggle = el<HTMLButtonElement>('lang');
  toggle.textContent = text('langToggle');
  toggle.setAttribute('aria-label', text('langToggleLabel'));
  toggle.setAttribute('aria-pressed', state.lang === 'en' ? 'true' : 'false');
}

export function renderAll(): void {
  renderStatic();
  renderPicker();
  renderMessage();
  renderDownload();
  renderSummary();
  renderGaps();
  renderGlance();
  renderExplain();
  renderChanges();
  renderFindings();
}

export function setLang(lang: Lang): void {
  state.lang = lang;
  try {
    localStorage.setItem('hoptac.lang', lang);
  } catch {
    // storage may be unavailable in the Office webview: the choice lasts for this session
  }
  renderAll();
}

/** The language chosen last time, else Vietnamese. */
export function savedLang(): Lang {
  try {
    const saved = localStorage.getItem('hoptac.lang');
    if (saved === 'en' || saved === 'vi') return saved;
  } catch {
    // no storage: Vietnamese
  }
  return 'vi';
}
