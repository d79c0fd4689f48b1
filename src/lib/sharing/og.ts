/** Where a page's Open Graph image lives, relative to the base path ("og/pay.png"). */
export function ogImagePath(entryId: string): string {
  const id = entryId.replace(/^\/+|\/+$/g, '');
  return `og/${id === '' ? 'index' : id}.png`;
}

/** The image's two lines under the title: the page's part of the guide, and the guide's name. */
export function ogSubtitle(guideName: string, part: string | undefined): string {
  return part ? `${part} · ${guideName}` : guideName;
}
