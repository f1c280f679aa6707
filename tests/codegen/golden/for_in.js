function keys(o) {
  const result = [];
  for (const k in o) result.push(() => k);
  for (var v in o) {}
  return result;
}
