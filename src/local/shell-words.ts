// The little of the shell a traffic Job's script needs: statements split into words.

import { ManifestError } from './manifest.js';

/** Splits a shell line into words, honouring quotes and backslashes; `;` ends a statement. */
export function shellStatements(script: string): string[][] {
  const statements: string[][] = [];
  for (const line of script.split('\n')) {
    let words: string[] = [];
    let word = '';
    let inWord = false;
    let quote: '"' | "'" | undefined;
    const endWord = () => {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    };
    const endStatement = () => {
      endWord();
      if (words.length > 0) statements.push(words);
      words = [];
    };
    for (let i = 0; i < line.length; i++) {
      const ch = line[i] as string;
      if (quote) {
        if (ch === quote) quote = undefined;
        else if (ch === '\\' && quote === '"' && i + 1 < line.length) word += line[++i];
        else word += ch;
        continue;
      }
      if (ch === '#' && !inWord) break;
      if (ch === '"' || ch === "'") {
        quote = ch;
        inWord = true;
      } else if (ch === '\\' && i + 1 < line.length) {
        word += line[++i];
        inWord = true;
      } else if (ch === ';' || ch === '&' || ch === '|') {
        endStatement();
        // `&&` and `||` join commands that all run in turn here; keep going.
        if (line[i + 1] === ch) i++;
      } else if (ch === ' ' || ch === '\t') {
        endWord();
      } else {
        word += ch;
        inWord = true;
      }
    }
    if (quote) throw new ManifestError(`unterminated quote in: ${line.trim()}`);
    endStatement();
  }
  return statements;
}
