import { describe, expect, it } from 'vitest';
import { builtInCatalogue, defineCatalogue, findIndicator, isHoptacError, safeDefineCatalogue } from '../index.js';

describe('catalogue', () => {
  it('has the 24 built-in indicators of the domain with valid ratios', () => {
    expect(builtInCatalogue.indicators).toHaveLength(24);
    expect(findIndicator(builtInCatalogue, 'occupancy_rate')).toMatchObject({ kind: 'ratio', numerator: 'leased_land_area', denominator: 'industrial_land_area', unit: '%' });
    // the built-in catalogue passes its own validation
    expect(defineCatalogue({ indicators: builtInCatalogue.indicators.map((i) => ({ ...i })) }).indicators).toHaveLength(24);
  });
  it('reports every problem with its path', () => {
    const r = safeDefineCatalogue({
      indicators: [
        { code: 'a', nameVi: 'A', nameEn: 'A', unit: 'người', kind: 'flow' },
        { code: 'a', nameVi: 'A2', nameEn: 'A2', unit: 'người', kind: 'stock' },
        { code: 'r', nameVi: 'R', nameEn: 'R', unit: '%', kind: 'ratio', numerator: 'r', denominator: 'zzz' },
        { code: 'q', nameVi: 'Q', nameEn: 'Q', unit: '%', kind: 'ratio', numerator: 'a', denominator: 'r' },
      ],
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.code).toBe('invalid-catalogue');
    const paths = r.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(['indicators.1.code', 'indicators.2.numerator', 'indicators.2.denominator', 'indicators.3.denominator']);
  });
  it('refuses bad fields through zod with paths', () => {
    try {
      defineCatalogue({ indicators: [{ code: 'Bad Code', nameVi: '', nameEn: 'x', unit: 'gallon', kind: 'level', decimals: 40 }] });
      expect.unreachable();
    } catch (e) {
      expect(isHoptacError(e) && e.code).toBe('invalid-catalogue');
      if (isHoptacError(e)) expect(e.issues.map((i) => i.path.join('.')).sort()).toEqual(['indicators.0.code', 'indicators.0.decimals', 'indicators.0.kind', 'indicators.0.nameVi', 'indicators.0.unit']);
    }
  });
});
