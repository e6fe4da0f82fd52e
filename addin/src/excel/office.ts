/// <reference types="office-js" />
/**
 * The real host: `Excel.run` and `Office.context.requirements`, behind the {@link ExcelHost} subset.
 */
import type { ExcelHost, HostContext } from './host.js';

/**
 * The Excel host of the running add-in.
 *
 * @example
 * ```ts
 * Office.onReady(() => validate(officeHost()));
 * ```
 */
export function officeHost(): ExcelHost {
  return {
    run<T>(batch: (context: HostContext) => Promise<T>): Promise<T> {
      // Excel.RequestContext satisfies HostContext structurally (checked by the compiler here).
      return Excel.run((context: Excel.RequestContext) => batch(context));
    },
    supports(version: string): boolean {
      return Office.context.requirements.isSetSupported('ExcelApi', version);
    },
  };
}
