import {
  AlignmentType, BorderStyle, Document, Footer, ImageRun, LineRuleType, Packer, PageBreak, PageNumber, Paragraph,
  ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx'
import type { ReportBlock, ReportModel, ReportTable } from '../domain/report/model'
import { runFont, withFontTable } from './fonts'

/** A chart drawn for the report: PNG bytes and their size in pixels. */
export interface ChartImage {
  data: Uint8Array
  width: number
  height: number
}

// GB/T 9704 page: A4, margins 37 / 35 / 28 / 26 mm (top, bottom, left, right), so the text block is 156 × 225 mm.
const MM = 56.7 // twips per millimetre
const PAGE = { width: 11906, height: 16838, top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) }
/** The text block's width in pixels at 96 dpi, which is how the docx library sizes images. */
const TEXT_PX = Math.floor((156 / 25.4) * 96)
const TEXT_TWIPS = Math.round(156 * MM)
// Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt.
const SIZE = { title: 44, body: 32, small: 28, table: 24, footer: 21 }
/** About 22 lines a page at 三号: 28.95 pt, exactly. */
const LINE = { line: 579, lineRule: LineRuleType.EXACT }
/** Single spacing, for what must not take the body's exact line: pictures (cropped to one line), captions, cells. */
const SINGLE = { line: 240, lineRule: LineRuleType.AUTO }
const DEMO_COLOUR = '9A3412'

const text = (t: string, face: Parameters<typeof runFont>[0], size: number, opts: { bold?: boolean; color?: string } = {}) =>
  new TextRun({ text: t, font: runFont(face), size, ...opts })

function paragraph(block: Extract<ReportBlock, { kind: 'paragraph' }>): Paragraph {
  const note = block.role === 'note' || block.role === 'total'
  return new Paragraph({ spacing: LINE, indent: { firstLine: note ? 0 : 640 }, children: [text(block.text, 'body', note ? SIZE.small : SIZE.body)] })
}

/** A caption: a table's stays with its table (above it), a figure's follows its picture and binds nothing after it. */
const caption = (t: string, keepNext: boolean) =>
  new Paragraph({ alignment: AlignmentType.CENTER, keepNext, spacing: { ...SINGLE, before: 120, after: 160 }, children: [text(t, 'heading', SIZE.small)] })

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' }

/** A real Word table: a repeating header row and plain cells, so Word's 排序 works on any column. */
function table(t: ReportTable): Table {
  const widths = t.widths.map((p) => Math.round((p / 100) * TEXT_TWIPS))
  // The caption, header and first rows stay together; the rest may run onto the next page under a repeated header
  // (keeping the whole table together moved it off its caption and left half a page blank).
  const cell = (value: string, i: number, head: boolean, marked: boolean, keepNext: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      shading: head || marked ? { type: ShadingType.CLEAR, fill: head ? 'E8E8E8' : 'FFF3D6', color: 'auto' } : undefined,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      children: [new Paragraph({
        alignment: head ? AlignmentType.CENTER : t.numeric[i] ? AlignmentType.RIGHT : AlignmentType.LEFT, spacing: SINGLE, keepNext,
        children: [text(value, head ? 'heading' : 'body', SIZE.table, { bold: marked })],
      })],
    })
  return new Table({
    width: { size: TEXT_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: t.header.map((h, i) => cell(h, i, true, false, true)) }),
      ...t.rows.map((row, r) => new TableRow({ cantSplit: true, children: row.map((v, i) => cell(v, i, false, t.highlight.includes(r), r < 3)) })),
    ],
  })
}

function block(b: ReportBlock, images: Map<string, ChartImage>): (Paragraph | Table)[] {
  if (b.kind === 'paragraph') return [paragraph(b)]
  if (b.kind === 'subheading') return [new Paragraph({ spacing: LINE, indent: { firstLine: 640 }, keepNext: true, children: [text(b.text, 'subheading', SIZE.body)] })]
  if (b.kind === 'table') return [...(b.caption ? [caption(b.caption, true)] : []), table(b)]
  const image = images.get(b.id)
  if (!image) return []
  const width = Math.min(TEXT_PX, image.width)
  return [
    // Auto line spacing here: an exact 28.95 pt line would crop the picture to one line's height.
    new Paragraph({
      alignment: AlignmentType.CENTER, keepNext: true, spacing: { ...SINGLE, before: 120 },
      children: [new ImageRun({
        type: 'png', data: image.data, transformation: { width, height: Math.round((width * image.height) / image.width) },
        altText: { name: b.id, title: b.caption, description: b.caption },
      })],
    }),
    caption(b.caption, false),
  ]
}

function footer(model: ReportModel): Footer {
  const lines = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: SINGLE, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: runFont('pageNumber'), size: SIZE.small })] }),
  ]
  if (model.provenance.footer) lines.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: SINGLE, children: [text(model.provenance.footer, 'body', SIZE.footer, { color: DEMO_COLOUR })] }))
  return new Footer({ children: lines })
}

function titleBlock(model: ReportModel): Paragraph[] {
  const demo = model.provenance.kind === 'demo'
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240, after: 480, line: 800, lineRule: LineRuleType.AUTO }, children: [text(model.title, 'title', SIZE.title)] }),
    ...model.meta.map(([label, value]) => new Paragraph({
      alignment: AlignmentType.CENTER, spacing: { line: 440, lineRule: LineRuleType.EXACT },
      children: [text(`${label}${model.locale === 'zh' ? '：' : ': '}${value}`, 'subheading', SIZE.small)],
    })),
    new Paragraph({
      alignment: AlignmentType.CENTER, spacing: { ...SINGLE, before: 240, after: 360 },
      border: demo ? { top: { ...border, color: DEMO_COLOUR }, bottom: { ...border, color: DEMO_COLOUR } } : undefined,
      children: [text(model.provenance.text, 'heading', SIZE.small, { color: demo ? DEMO_COLOUR : undefined })],
    }),
  ]
}

/** The Word document of a report model (the bytes of a .docx), in the manner of GB/T 9704. */
export async function reportDocx(model: ReportModel, images: Map<string, ChartImage>): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = titleBlock(model)
  for (const section of model.sections) {
    const annex = section.id === 'annex'
    // 附件 starts a page, its label in 黑体 at the top left.
    if (annex) children.push(new Paragraph({ children: [new PageBreak()] }))
    children.push(new Paragraph({ spacing: LINE, indent: { firstLine: annex ? 0 : 640 }, keepNext: true, children: [text(section.heading, 'heading', SIZE.body)] }))
    for (const b of section.blocks) children.push(...block(b, images))
  }
  const doc = new Document({
    title: model.title,
    creator: model.issuer,
    description: model.provenance.text,
    // Latin text tagged en-US and CJK zh-CN, as Chinese Word's own template has it: figures then break only between
    // words, never inside "4,784" or "1.6%".
    styles: {
      default: {
        document: { run: { font: runFont('body'), size: SIZE.body, language: { value: 'en-US', eastAsia: 'zh-CN' } }, paragraph: { spacing: LINE } },
      },
    },
    sections: [{
      properties: {
        page: {
          size: { width: PAGE.width, height: PAGE.height },
          margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, footer: Math.round(20 * MM), header: Math.round(15 * MM) },
        },
      },
      footers: { default: footer(model) },
      children,
    }],
  })
  return withFontTable(await Packer.pack(doc, 'uint8array'))
}
