// finally runs on every exit and resumes the completion that entered it.
function f(items) {
  for (const item of items) {
    try {
      if (item === 1) continue;
      if (item === 2) break;
      return item;
    } catch (error) {
      log(error);
    } finally {
      cleanup();
    }
  }
  return -1;
}
