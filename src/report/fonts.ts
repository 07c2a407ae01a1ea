import { strToU8, unzipSync, zipSync } from 'fflate'

/**
 * The faces of an official document (GB/T 9704): a heavy CJK title face, FangSong body, HeiTi and KaiTi headings.
 * Each is named as Chinese offices have it, with the name Word and WPS fall back to when it is missing
 * (w:altName) and its GB2312 charset, so a machine without 方正小标宋简体 shows 黑体, not a Latin face.
 */
export const FACES = {
  title: { name: '方正小标宋简体', alt: '黑体', panose: '02000000000000000000' },
  body: { name: '仿宋_GB2312', alt: '仿宋', panose: '02010609030101010101' },
  heading: { name: '黑体', alt: 'SimHei', panose: '02010609060101010101' },
  subheading: { name: '楷体_GB2312', alt: '楷体', panose: '02010609030101010101' },
  pageNumber: { name: '宋体', alt: 'SimSun', panose: '02010600030101010101' },
} as const

/** Latin text and digits in every face. */
export const LATIN = 'Times New Roman'

/** Run fonts for a face: CJK in the face, Latin in Times New Roman. */
export function runFont(face: keyof typeof FACES) {
  return { eastAsia: FACES[face].name, ascii: LATIN, hAnsi: LATIN, cs: LATIN }
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')

/** word/fontTable.xml naming every face with its fallback and charset (the docx library writes an empty one). */
export function fontTableXml(): string {
  const cjk = Object.values(FACES).map(
    (f) => `<w:font w:name="${escape(f.name)}"><w:altName w:val="${escape(f.alt)}"/><w:panose1 w:val="${f.panose}"/>` +
      '<w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>',
  )
  const latin = `<w:font w:name="${LATIN}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${[...cjk, latin].join('')}</w:fonts>`
}

/** Replaces the package's font table; every other part is kept byte for byte. */
export function withFontTable(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx)
  files['word/fontTable.xml'] = strToU8(fontTableXml())
  return zipSync(files, { level: 6 })
}
