// Defaults, patterns, rest, and both kinds of arguments objects.
function defaults(a, b = a + 1, { c, d: [e] = [] } = {}, ...rest) {
  return arguments.length + rest.length;
}
function mapped(a, b) { a = 2; return arguments[0]; }
function strictArgs(a) { "use strict"; return arguments; }
