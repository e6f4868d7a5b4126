/** "ABCDE FGHJK": a tracking code in two halves, easier to read aloud and copy. */
export function groupCode(code: string): string {
  return code.length === 10 ? `${code.slice(0, 5)} ${code.slice(5)}` : code
}
