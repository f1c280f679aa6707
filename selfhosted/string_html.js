// Annex B: the String.prototype HTML methods
// (https://tc39.es/ecma262/#sec-string.prototype-html-methods).
// Conventions: selfhosted/README.md. Each method is one CreateHTML call with its tag and
// attribute; the receiver check and its message come from ThisStringValue (string.js).

// https://tc39.es/ecma262/#sec-createhtml
function CreateHTML(string, method, tag, attribute, value) {
  // 1-2. Let str be ? RequireObjectCoercible(string); let S be ? ToString(str).
  const S = ThisStringValue(string, method);
  // 3. Let p1 be the string-concatenation of "<" and tag.
  let p1 = "<" + tag;
  // 4. If attribute is not the empty String, then
  if (attribute !== "") {
    // a. Let V be ? ToString(value).
    const V = %ToString(value);
    // b-c. escapedV is V with each code unit 0x0022 (QUOTATION MARK) replaced by "&quot;".
    p1 = p1 + " " + attribute + "=\"" + EscapeQuotationMarks(V) + "\"";
  }
  // 5-8. p1 + ">" + S + "</" + tag + ">".
  return p1 + ">" + S + "</" + tag + ">";
}

// Step 4.b of CreateHTML: every '"' in V becomes "&quot;".
function EscapeQuotationMarks(V) {
  let result = "";
  let chunk = 0;
  for (let at = %StringIndexOf(V, "\"", 0); at >= 0; at = %StringIndexOf(V, "\"", at + 1)) {
    result = result + %Substring(V, chunk, at) + "&quot;";
    chunk = at + 1;
  }
  return result + %Substring(V, chunk, V.length);
}

// https://tc39.es/ecma262/#sec-string.prototype.anchor
function String$prototype$anchor(name) {
  return CreateHTML(this, "anchor", "a", "name", name);
}

// https://tc39.es/ecma262/#sec-string.prototype.big
function String$prototype$big() {
  return CreateHTML(this, "big", "big", "", "");
}

// https://tc39.es/ecma262/#sec-string.prototype.blink
function String$prototype$blink() {
  return CreateHTML(this, "blink", "blink", "", "");
}

// https://tc39.es/ecma262/#sec-string.prototype.bold
function String$prototype$bold() {
  return CreateHTML(this, "bold", "b", "", "");
}

// https://tc39.es/ecma262/#sec-string.prototype.fixed
function String$prototype$fixed() {
  return CreateHTML(this, "fixed", "tt", "", "");
}

// https://tc39.es/ecma262/#sec-string.prototype.fontcolor
function String$prototype$fontcolor(color) {
  return CreateHTML(this, "fontcolor", "font", "color", color);
}

// https://tc39.es/ecma262/#sec-string.prototype.fontsize
function String$prototype$fontsize(size) {
  return CreateHTML(this, "fontsize", "font", "size", size);
}

// https://tc39.es/ecma262/#sec-string.prototype.italics
function String$prototype$italics() {
  return CreateHTML(this, "italics", "i", "", "");
}

// https://tc39.es/ecma262/#sec-string.prototype.link
function String$prototype$link(url) {
  return CreateHTML(this, "link", "a", "href", url);
}

// https://tc39.es/ecma262/#sec-string.prototype.small
function String$prototype$small() {
  return CreateHTML(this, "small", "small", "", "");
}

// https://tc39.es/ecma262/#sec-string.prototype.strike
function String$prototype$strike() {
  return CreateHTML(this, "strike", "strike", "", "");
}

// https://tc39.es/ecma262/#sec-string.prototype.sub
function String$prototype$sub() {
  return CreateHTML(this, "sub", "sub", "", "");
}

// https://tc39.es/ecma262/#sec-string.prototype.sup
function String$prototype$sup() {
  return CreateHTML(this, "sup", "sup", "", "");
}
