/**
 * The dataset a deployed site opens on. `npm run publish` writes its manifest's path into index.html as
 * <meta name="uc-dataset" content="published/manifest.json">; a plain build has none and opens on the demo.
 */
export function siteManifestPath(doc: Pick<Document, 'querySelector'> = document): string | null {
  return doc.querySelector('meta[name="uc-dataset"]')?.getAttribute('content')?.trim() || null
}
