// Starting our own workers. Under the page's Trusted Types policy (its CSP;
// sent as a header it applies inside workers too) a Worker needs a
// TrustedScriptURL: this realm's one policy vouches for our worker scripts
// and nothing else.

const OWN = ['./worker.js', './annotator.js', './network-layout.js', './vendor/pdfjs/pdf.worker.min.mjs'].map(
  (path) => new URL(path, import.meta.url).href,
);

const policy = self.trustedTypes?.createPolicy('presslens', {
  createScriptURL: (url) => {
    if (!OWN.includes(url)) throw new TypeError(`refusing script URL ${url}`);
    return url;
  },
});

/** A module worker running `path` (one of OWN, relative to this file). */
export function startWorker(path, name) {
  const url = new URL(path, import.meta.url);
  return new Worker(policy ? policy.createScriptURL(url.href) : url, { type: 'module', name });
}
