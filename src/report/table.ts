// Text tables laid out the way iter8ctl's reports looked (olekukonko/tablewriter v0.0.5 with
// SetRowLine(true) and otherwise default settings; docs/iter8-behaviour.md#tables), so that
// `iter8fn describe` prints byte-for-byte what iter8ctl printed for the same experiment.
//
// Layout decisions (wrapping, column widths, per-line alignment, header case) are made here;
// cli-table3 only draws the frame around cells that are already padded to their final width.
// cli-table3 aligns whole cells and wraps differently, so it is never asked to wrap or align.

import Table from 'cli-table3';

/** tablewriter's default auto-wrap width, in display columns. */
export const MAX_CELL_WIDTH = 30;

/** Extra cost tablewriter adds to a wrapped line that is longer than the limit. */
const OVERLONG_LINE_PENALTY = 100_000;

/** Lines that look like plain decimal numbers are right-aligned; everything else is left-aligned. */
const NUMERIC_LINE = /^-?(\d{1,3}(,\d{3})*|\d+)(\.\d+)?$/;

// Terminal control sequences take no room on screen.
const ANSI_SEQUENCE = /\u001b\[[0-9;]*[A-Za-z]/g;
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\u200b]$/u;

// East Asian Wide and Fullwidth blocks: such characters occupy two terminal columns.
const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

/**
 * Terminal columns a string occupies. An approximation of go-runewidth (and of string-width,
 * which cli-table3 uses) that is exact for ASCII, which is what Kubernetes names, metric names
 * and numbers are made of.
 */
/** Largest of the values, or `floor` when there are none (spread-free, so long cells are safe). */
function maxOf(values: Iterable<number>, floor: number): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(ANSI_SEQUENCE, '')) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0) || ZERO_WIDTH.test(char)) continue;
    width += WIDE_RANGES.some(([from, to]) => code >= from && code <= to) ? 2 : 1;
  }
  return width;
}

function isDigitOrSpace(char: string | undefined): boolean {
  return char !== undefined && (char === ' ' || (char >= '0' && char <= '9'));
}

/**
 * The header transformation tablewriter applies (its `Title`): `_` becomes a space, `.` becomes
 * a space unless both neighbours are digits or spaces (so `1.5` survives), the result is trimmed
 * and upper-cased. `sample-app-v1` therefore shows as `SAMPLE-APP-V1`.
 */
export function headerTitle(text: string): string {
  const chars = Array.from(text);
  const replaced = chars.map((char, i) => {
    if (char === '_') return ' ';
    if (char === '.') {
      const badBefore = i !== 0 && !isDigitOrSpace(chars[i - 1]);
      const badAfter = i !== chars.length - 1 && !isDigitOrSpace(chars[i + 1]);
      if (badBefore || badAfter) return ' ';
    }
    return char;
  });
  let result = replaced.join('').trim();
  // Keep a blank line of a multi-line header as one space rather than nothing.
  if (result.length === 0 && text.length > 0) result = ' ';
  // Go upper-cases rune by rune with simple one-to-one mappings, so `ß` stays `ß` (not `SS`).
  return Array.from(result, (char) => {
    const upper = char.toUpperCase();
    return Array.from(upper).length === 1 ? upper : char;
  }).join('');
}

/**
 * Splits words into lines no wider than `limit` (words joined by one space) so that the sum of
 * squared trailing gaps over all lines but the last is minimal; a line that cannot fit is
 * allowed but heavily penalised. Ties go to the earliest break, i.e. the shorter first line.
 */
export function wrapWords(words: readonly string[], limit: number): string[][] {
  const count = words.length;
  if (count === 0) return [];
  // prefix[k] = total width of words[0..k-1]; a line of words i..j is that plus j-i spaces.
  const prefix = [0];
  for (const word of words) prefix.push((prefix[prefix.length - 1] ?? 0) + displayWidth(word));
  const lineWidth = (from: number, to: number): number => (prefix[to + 1] ?? 0) - (prefix[from] ?? 0) + (to - from);

  // The original started from MaxInt32 and looped forever if every candidate cost more; starting
  // from infinity gives the same breaks whenever the original terminated.
  const cost = new Array<number>(count).fill(Number.POSITIVE_INFINITY);
  const nextBreak = new Array<number>(count).fill(count);
  for (let i = count - 1; i >= 0; i -= 1) {
    if (lineWidth(i, count - 1) <= limit) {
      cost[i] = 0;
      nextBreak[i] = count;
      continue;
    }
    for (let j = i + 1; j < count; j += 1) {
      const used = lineWidth(i, j - 1);
      const gap = limit - used;
      let candidate = gap * gap + (cost[j] ?? 0);
      if (used > limit) candidate += OVERLONG_LINE_PENALTY;
      if (candidate < (cost[i] ?? Number.POSITIVE_INFINITY)) {
        cost[i] = candidate;
        nextBreak[i] = j;
      }
    }
  }

  const lines: string[][] = [];
  for (let i = 0; i < count;) {
    const end = Math.max(nextBreak[i] ?? count, i + 1);
    lines.push(words.slice(i, end));
    i = end;
  }
  return lines;
}

export interface WrappedCell {
  lines: string[];
  /** The width this cell asks of its column. */
  width: number;
}

/**
 * Wraps one cell's text as tablewriter's auto-wrap did. The wrap limit is the widest line of the
 * text, capped at `maxWidth`, but never narrower than the longest word. The width the cell claims
 * is that capped limit or its widest wrapped line, whichever is larger: a 43-column text that
 * wraps into lines of 28 and 14 still claims 30 columns (experiment3.out shows this).
 */
export function wrapCell(text: string, maxWidth: number = MAX_CELL_WIDTH): WrappedCell {
  const rawLines = text.split('\n');
  let limit = maxOf(rawLines.map(displayWidth), 0);
  if (limit > maxWidth) limit = maxWidth;
  // Lines are reflowed into one paragraph; words are separated by single spaces (so runs of
  // spaces yield empty words, as in the original).
  const words = rawLines.join(' ').split(' ');
  const wrapLimit = maxOf(words.map(displayWidth), limit);
  const lines = wrapWords(words, wrapLimit).map((line) => line.join(' '));
  const width = maxOf(lines.map(displayWidth), limit);
  return { lines, width };
}

export function isNumericLine(line: string): boolean {
  return NUMERIC_LINE.test(line.trim());
}

function padEnd(text: string, width: number): string {
  const gap = width - displayWidth(text);
  return gap > 0 ? text + ' '.repeat(gap) : text;
}

function padStart(text: string, width: number): string {
  const gap = width - displayWidth(text);
  return gap > 0 ? ' '.repeat(gap) + text : text;
}

/** Centres text; an odd leftover space goes on the right. */
function padCenter(text: string, width: number): string {
  const gap = width - displayWidth(text);
  if (gap <= 0) return text;
  const left = Math.floor(gap / 2);
  return ' '.repeat(left) + text + ' '.repeat(gap - left);
}

/** Longest word drawn in full. cli-table3 measures long lines in quadratic time, so a hostile value
 * (a 2,000-digit quantity in a piped YAML) would otherwise stall `describe` for tens of seconds. */
export const MAX_WORD_WIDTH = 120;

function clipLongWords(text: string): string {
  return text.replace(/\S{121,}/g, (word) => `${word.slice(0, MAX_WORD_WIDTH - 1)}…`);
}

/**
 * Renders a table with a centred, upper-cased header and a separator line after the header and
 * after every row. Each returned line ends with a newline, like the original writer's output.
 *
 * Rows shorter than the header are padded with empty cells (tablewriter drew them ragged; the
 * reports never produce such rows).
 */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const columns = maxOf(
    rows.map((row) => row.length),
    header.length,
  );
  if (columns === 0) return '';
  const cellsOf = (row: readonly string[]): WrappedCell[] =>
    Array.from({ length: columns }, (_, c) => wrapCell(clipLongWords(row[c] ?? '')));

  const headerCells = cellsOf(header);
  const bodyCells = rows.map(cellsOf);
  const widths = Array.from({ length: columns }, (_, c) =>
    maxOf(
      [headerCells, ...bodyCells].map((row) => row[c]?.width ?? 0),
      0,
    ),
  );

  const headerHeight = maxOf(
    headerCells.map((cell) => cell.lines.length),
    1,
  );
  const headerTexts = headerCells.map((cell, c) => {
    const width = widths[c] ?? 0;
    const lines = Array.from({ length: headerHeight }, (_, i) => padCenter(headerTitle(cell.lines[i] ?? ''), width));
    return lines.join('\n');
  });

  const bodyTexts = bodyCells.map((row) => {
    const height = maxOf(
      row.map((cell) => cell.lines.length),
      1,
    );
    return row.map((cell, c) => {
      const width = widths[c] ?? 0;
      // Each line of a cell is aligned on its own: `50.000` under `iter8-knative/mean-latency <=`
      // is right-aligned although the first line of the same cell is left-aligned.
      // Missing lines of a shorter cell are blank. (tablewriter filled them with two spaces, which
      // only differs for a column narrower than 2; report columns are at least 4 wide.)
      const lines = Array.from({ length: height }, (_, i) => {
        const line = cell.lines[i] ?? '';
        return isNumericLine(line) ? padStart(line, width) : padEnd(line, width);
      });
      return lines.join('\n');
    });
  });

  const table = new Table({
    head: headerTexts,
    // One column of padding on each side, as in the original.
    colWidths: widths.map((width) => width + 2),
    style: { 'padding-left': 1, 'padding-right': 1, head: [], border: [] },
    wordWrap: false,
    chars: {
      top: '-',
      'top-mid': '+',
      'top-left': '+',
      'top-right': '+',
      bottom: '-',
      'bottom-mid': '+',
      'bottom-left': '+',
      'bottom-right': '+',
      left: '|',
      'left-mid': '+',
      mid: '-',
      'mid-mid': '+',
      right: '|',
      'right-mid': '+',
      middle: '|',
    },
  });
  for (const row of bodyTexts) table.push(row);
  return `${table.toString()}\n`;
}
