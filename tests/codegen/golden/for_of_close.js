// for-of closes its iterator on break, return, throw and continue to an outer loop.
function f(rows) {
  outer: for (const row of rows) {
    for (const cell of row) {
      if (cell === 0) continue outer;
      if (cell < 0) return cell;
      if (cell > 9) break;
    }
  }
}
