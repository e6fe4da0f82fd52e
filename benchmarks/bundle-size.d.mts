// Types of bundle-size.mjs, for the size test.
export interface BundleSize {
  readonly minified: number;
  readonly gzip: number;
  readonly inputs: readonly string[];
  readonly exports: readonly string[];
}
export function bundleSize(specifier: string, names: readonly string[]): Promise<BundleSize>;
