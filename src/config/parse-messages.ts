// What the JSON and YAML parsers say about a broken config file, in both languages. Their texts are
// English (V8's JSON.parse, js-yaml); the common ones are translated here, anything else is shown
// as the parser wrote it (a translation guessed at would be worse than the parser's own words).
import type { Bilingual } from "../core/bilingual.js";

/** V8's JSON.parse messages, without their "in JSON at position N" (parseJson turns it into a line and column). */
const JSON_PROBLEMS: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^Unexpected token '(.*)'$/s, (m) => `意外的字符 '${m[1]}'`],
  [/^Unexpected token (\S)$/, (m) => `意外的字符 '${m[1]}'`],
  [/^unexpected end of the file$/, () => "文件意外结束"],
  [/^Unexpected end of JSON input$/, () => "内容意外结束"],
  [/^Expected property name or '\}'$/, () => "此处应为属性名（用双引号括起）或 '}'"],
  [/^Expected double-quoted property name$/, () => "此处应为用双引号括起的属性名（最后一项之后不能有逗号）"],
  [/^Expected ':' after property name$/, () => "属性名后面应为 ':'"],
  [/^Expected ',' or '\}' after property value$/, () => "属性值后面应为 ',' 或 '}'"],
  [/^Expected ',' or '\]' after array element$/, () => "数组元素后面应为 ',' 或 ']'"],
  [/^Bad control character in string literal$/, () => "字符串中有控制字符（如换行符）"],
  [/^Bad escaped character$/, () => "字符串中有无效的转义字符"],
  [/^Bad Unicode escape$/, () => "无效的 Unicode 转义"],
  [/^Unterminated string$/, () => "字符串缺少结束的引号"],
  [/^Unexpected non-whitespace character after JSON$/, () => "JSON 结束之后还有其他内容"],
  [/^No number after minus sign$/, () => "负号后面没有数字"],
  [/^Exponent part is missing a number$/, () => "指数部分缺少数字"],
  [/^Unterminated fractional number$/, () => "小数点后面缺少数字"],
];

/** A JSON.parse problem (position already taken out) in both languages. */
export function jsonProblem(what: string): Bilingual {
  // --rule passes V8's whole message: its position (a short setting needs none) and excerpt go.
  const text = what
    .replace(/\s+in JSON(?: at position \d+)?(?:\s*\(line \d+ column \d+\))?$/, "")
    .replace(/^(Unexpected token '[^']*'),\s*".*" is not valid JSON$/s, "$1");
  for (const [pattern, zh] of JSON_PROBLEMS) {
    const m = pattern.exec(text);
    if (m) return { zh: zh(m), en: what };
  }
  return { zh: what, en: what };
}

/** js-yaml's common `reason`s (its texts are lower-case English, some followed by a name in quotes). */
const YAML_PROBLEMS: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^end of the stream or a document separator is expected$/, () => "此处应为文件结尾或文档分隔符（---）"],
  [/^bad indentation of a mapping entry$/, () => "键值对的缩进不对"],
  [/^bad indentation of a sequence entry$/, () => "列表项的缩进不对"],
  [/^unexpected end of the stream within a flow collection$/, () => "方括号或花括号没有闭合，文件就结束了"],
  [/^unexpected end of the (?:stream|document) within a (single|double) quoted scalar$/, (m) => `${m[1] === "single" ? "单" : "双"}引号字符串没有闭合`],
  [/^missed comma between flow collection entries$/, () => "方括号或花括号中的两项之间缺少逗号"],
  [/^duplicated mapping key$/, () => "键重复"],
  [/^tab characters must not be used in indentation$/, () => "缩进中不能使用制表符（Tab）"],
  [/^can not read a block mapping entry; a multiline key may not be an implicit key$/, () => "无法读取键值对：键不能跨行（是否缺少冒号或引号？）"],
  [/^can not read an implicit mapping pair; a colon is missed$/, () => "无法读取键值对：缺少冒号"],
  [/^a whitespace character is expected after the key-value separator within a block mapping$/, () => "冒号后面应有空格"],
  [/^incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line$/, () => "键值对不完整：缺少键"],
  [/^unidentified alias "(.*)"$/s, (m) => `未定义的别名 "${m[1]}"`],
  [/^unknown escape sequence$/, () => "未知的转义序列"],
  [/^the stream contains non-printable characters$/, () => "文件中有不可打印的字符"],
  [/^null byte is not allowed in input$/, () => "文件中不能有空字节"],
];

/** A js-yaml `reason` in both languages. */
export function yamlProblem(reason: string): Bilingual {
  for (const [pattern, zh] of YAML_PROBLEMS) {
    const m = pattern.exec(reason);
    if (m) return { zh: zh(m), en: reason };
  }
  return { zh: reason, en: reason };
}
