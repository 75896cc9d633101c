// Dropping files onto the page as a user does: a DataTransfer built in the
// page, then dragenter, dragover and drop dispatched on the drop zone.
//
// A file is `{ name, bytes }` (a Buffer or Uint8Array, sent as base64) or
// `{ name, text }` (a string), with an optional `type`; `type` in the options
// is the type of the files that give none (default: none, as a drop of files
// of unknown type).

/** A DataTransfer holding `files`, made in `page`; a handle to it. */
export function dataTransferOf(page, files, { type = '' } = {}) {
  const items = files.map((f) => ({
    name: f.name,
    type: f.type || type,
    ...(f.bytes !== undefined ? { base64: Buffer.from(f.bytes).toString('base64') } : { text: f.text }),
  }));
  return page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const { name, type: fileType, base64, text } of list) {
      const content = base64 !== undefined ? Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)) : text;
      dt.items.add(new File([content], name, { type: fileType }));
    }
    return dt;
  }, items);
}

/** Dispatches dragenter, dragover and drop carrying `dataTransfer` on the drop zone. */
export async function dispatchDrop(page, dataTransfer) {
  const zone = page.locator('#drop-zone');
  for (const event of ['dragenter', 'dragover', 'drop']) await zone.dispatchEvent(event, { dataTransfer });
}

/** Drops `files` onto the page's drop zone (see the top of this file). */
export async function dropFiles(page, files, options) {
  await dispatchDrop(page, await dataTransferOf(page, files, options));
}
