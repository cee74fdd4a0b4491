// The page's own words, in Chinese (the default) and English.
import type { Locale } from "./lint.js";

const WORDS = {
  title: ["政府信息公开工作年度报告检查", "Annual report checker (政府信息公开工作年度报告)"],
  switchTo: ["English", "中文"],
  switchLabel: ["切换到英文界面", "Switch to Chinese"],
  privacy: [
    "报告只在本机浏览器中检查，不会上传到任何服务器。",
    "Reports are checked in this browser only: nothing is uploaded to any server.",
  ],
  inputHeading: ["选择报告", "Choose reports"],
  pick: ["选择文件（.docx .pdf .html .txt .md，可多选）", "Choose files (.docx .pdf .html .txt .md, several at once)"],
  dropHint: ["或把文件拖到这里", "or drop files here"],
  pasteLabel: ["或粘贴报告全文", "or paste the report's text"],
  checkPaste: ["检查粘贴的文本", "Check the pasted text"],
  reports: ["已检查的报告", "Reports checked"],
  report: ["报告", "Report"],
  errors: ["错误", "Errors"],
  warnings: ["警告", "Warnings"],
  byRule: ["按规则", "By rule"],
  rule: ["规则", "Rule"],
  count: ["数量", "Count"],
  text: ["报告全文（问题标在原处）", "The report's text (problems marked in place)"],
  renderingNote: ["Word 和 PDF 文件显示的是提取出的文字（与 --print-model 相同），行号指这份文字。", "For Word and PDF files this is the extracted text (as --print-model prints it); line numbers refer to it."],
  findings: ["发现的问题", "Problems found"],
  none: ["没有发现问题。", "No problems found."],
  line: ["第 {l} 行第 {c} 列", "line {l}, column {c}"],
  error: ["错误", "error"],
  warning: ["警告", "warning"],
  why: ["说明", "Why"],
  valid: ["正例", "Valid"],
  invalid: ["反例", "Invalid"],
  fix: ["修复", "Fix"],
  fixTo: ["改为：", "Replace with: "],
  fixDelete: ["删除这段文字", "Delete this text"],
  applyFix: ["应用修复", "Apply the fix"],
  download: ["下载修复后的文本", "Download the fixed text"],
  print: ["打印问题清单", "Print the list of problems"],
  docLink: ["规则文档", "Rule documentation"],
  reading: ["正在读取 {n}…", "Reading {n}…"],
  cannotRead: ["无法读取 {n}：{m}", "Cannot read {n}: {m}"],
  checked: ["已检查 {n}：{e} 个错误，{w} 个警告", "Checked {n}: {e} errors, {w} warnings"],
  unsupported: ["不支持的文件类型：{n}", "Unsupported file type: {n}"],
  notes: ["提示", "Notes"],
} as const satisfies Record<string, readonly [string, string]>;

export type Word = keyof typeof WORDS;

export function t(locale: Locale, word: Word, data: Record<string, string | number> = {}): string {
  const s: string = WORDS[word][locale === "en" ? 1 : 0];
  return s.replace(/\{(\w+)\}/g, (whole, k: string) => (k in data ? String(data[k]) : whole));
}
