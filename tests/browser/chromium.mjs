// Debian's Chromium, headless, as every browser test starts it: no
// background requests of its own, so that "no request leaves the site" is
// the page's doing alone. PRESSLENS_CHROMIUM selects another binary.
import { chromium } from 'playwright-core';

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.PRESSLENS_CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
    ],
  });
}
