// Exceptions: try/catch/finally through calls, rethrow, finally overriding, errors from the engine.
function join(a, sep) { var s = ""; for (var i = 0; i < a.length; i++) s += (i ? sep : "") + a[i]; return s; }
function thrower(v) { throw v; }
try { thrower(1); } catch (e) { print("caught", e); }
try { try { thrower("inner"); } finally { print("finally runs"); } } catch (e) { print("outer caught", e); }
function finallyReturn() { try { return "try"; } finally { print("cleanup"); } }
print(finallyReturn());
function deep(n) { if (n === 0) throw "bottom"; return deep(n - 1); }
try { deep(50); } catch (e) { print(e); }
try { undefinedVariable; } catch (e) { print(e.message); }
try { null.prop; } catch (e) { print(e.message); }
try { (void 0)(); } catch (e) { print(e.name); }
try { const k = 1; k = 2; } catch (e) { print(e.name); }
try { tdz; let tdz = 1; } catch (e) { print(e.message); }
var log = []; for (var i = 0; i < 3; i++) { try { if (i === 1) throw i; log[log.length] = "ok" + i; } catch (e) { log[log.length] = "err" + e; } finally { log[log.length] = "f" + i; } } print(join(log, ","));
try { throw { code: 42 }; } catch ({ code }) { print("code", code); }
function recurse() { return recurse(); }
try { recurse(); } catch (e) { print("deep recursion is catchable:", e.message); }
