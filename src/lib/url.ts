/** Joins the site's base path (e.g. "/" or "/alliance-2023/") and a root-relative path ("/figures/"). */
export function joinBase(base: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('#')) return path;
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** An absolute URL for a root-relative path, e.g. for canonical links and calendar entries. */
export function absoluteUrl(site: string, base: string, path: string): string {
  return new URL(joinBase(base, path), site.endsWith('/') ? site : `${site}/`).href;
}

/** decodeURIComponent that never throws: a malformed escape (#%E0%A4%A) gives the text back as it was. */
export function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
