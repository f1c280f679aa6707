// URI handling functions (https://tc39.es/ecma262/#sec-uri-handling-functions).
// Conventions: selfhosted/README.md.

// The uriReserved ";/?:@&=+$," and "#": what encodeURI leaves alone besides the unescaped set.
function IsURIReservedOrHash(c) {
  return c === 0x3B || c === 0x2F || c === 0x3F || c === 0x3A || c === 0x40 || c === 0x26 || c === 0x3D ||
    c === 0x2B || c === 0x24 || c === 0x2C || c === 0x23;
}

// uriUnescaped: ASCII letters, decimal digits and "-_.!~*'()".
function IsURIUnescaped(c) {
  return (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c === 0x2D ||
    c === 0x5F || c === 0x2E || c === 0x21 || c === 0x7E || c === 0x2A || c === 0x27 || c === 0x28 || c === 0x29;
}

// "%XY" with uppercase hexadecimal digits for one octet.
function PercentOctet(octet) {
  const digits = "0123456789ABCDEF";
  return "%" + digits[octet >> 4] + digits[octet & 15];
}

// https://tc39.es/ecma262/#sec-encode: extraUnescaped says which code units stay as they are
// besides uriUnescaped (the reserved set and "#" for encodeURI, nothing for encodeURIComponent).
function Encode(string, keepReserved) {
  // 1-3. len, R, alwaysUnescaped.
  const len = string.length;
  let R = "";
  let chunk = 0;
  // 4-5. For each code point C at k:
  for (let k = 0; k < len; k++) {
    const c = %CharCodeAt(string, k);
    if (IsURIUnescaped(c) || (keepReserved && IsURIReservedOrHash(c))) continue;
    // c.i-ii. Let cp be CodePointAt(string, k); a lone surrogate is a URIError.
    let cp = c;
    let units = 1;
    if (c >= 0xDC00 && c <= 0xDFFF) %ThrowURIError("URI malformed");
    if (c >= 0xD800 && c <= 0xDBFF) {
      const next = k + 1 < len ? %CharCodeAt(string, k + 1) : 0;
      if (!(next >= 0xDC00 && next <= 0xDFFF)) %ThrowURIError("URI malformed");
      cp = (c - 0xD800) * 0x400 + (next - 0xDC00) + 0x10000;
      units = 2;
    }
    // iii-v. The UTF-8 octets of cp, each as "%XY".
    let escaped;
    if (cp < 0x80) escaped = PercentOctet(cp);
    else if (cp < 0x800) escaped = PercentOctet(0xC0 | (cp >> 6)) + PercentOctet(0x80 | (cp & 0x3F));
    else if (cp < 0x10000) {
      escaped = PercentOctet(0xE0 | (cp >> 12)) + PercentOctet(0x80 | ((cp >> 6) & 0x3F)) + PercentOctet(0x80 | (cp & 0x3F));
    } else {
      escaped = PercentOctet(0xF0 | (cp >> 18)) + PercentOctet(0x80 | ((cp >> 12) & 0x3F)) +
        PercentOctet(0x80 | ((cp >> 6) & 0x3F)) + PercentOctet(0x80 | (cp & 0x3F));
    }
    R = R + %Substring(string, chunk, k) + escaped;
    k += units - 1;
    chunk = k + 1;
  }
  // 6. Return R.
  return R + %Substring(string, chunk, len);
}

// The octet of "%XY" at k of string, or -1 when it is not one.
function HexOctetAt(string, k) {
  if (k + 2 >= string.length) return -1;
  if (%CharCodeAt(string, k) !== 0x25) return -1;
  const high = HexDigitValue(%CharCodeAt(string, k + 1));
  const low = HexDigitValue(%CharCodeAt(string, k + 2));
  return high < 0 || low < 0 ? -1 : high * 16 + low;
}

// https://tc39.es/ecma262/#sec-decode: preserveReserved keeps escapes of the reserved set and "#"
// (decodeURI) as they were.
function Decode(string, preserveReserved) {
  // 1-3. len, R, k.
  const len = string.length;
  let R = "";
  let chunk = 0;
  // 4. Repeat, while k < len,
  for (let k = 0; k < len; k++) {
    if (%CharCodeAt(string, k) !== 0x25) continue;
    // b.i-iii. A "%" must start "%XY": else a URIError.
    if (k + 3 > len) %ThrowURIError("URI malformed");
    const B = HexOctetAt(string, k);
    if (B < 0) %ThrowURIError("URI malformed");
    const start = k;
    k += 2;
    let S;
    if (B < 0x80) {
      // iv. A single octet: the character, unless it is reserved and preserved.
      const C = %FromCharCode(B);
      S = preserveReserved && IsURIReservedOrHash(B) ? %Substring(string, start, k + 1) : C;
    } else {
      // v. The leading octet says how many follow (n = 2..4); a URIError otherwise.
      const n = (B & 0xE0) === 0xC0 ? 2 : (B & 0xF0) === 0xE0 ? 3 : (B & 0xF8) === 0xF0 ? 4 : 0;
      if (n === 0) %ThrowURIError("URI malformed");
      if (k + 3 * (n - 1) >= len) %ThrowURIError("URI malformed");
      let cp = B & (n === 2 ? 0x1F : n === 3 ? 0x0F : 0x07);
      for (let j = 1; j < n; j++) {
        k++;
        const octet = HexOctetAt(string, k);
        if (octet < 0 || (octet & 0xC0) !== 0x80) %ThrowURIError("URI malformed");
        k += 2;
        cp = cp * 64 + (octet & 0x3F);
      }
      // The octets must be the shortest UTF-8 form of a scalar value.
      const minimum = n === 2 ? 0x80 : n === 3 ? 0x800 : 0x10000;
      if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) %ThrowURIError("URI malformed");
      if (cp < 0x10000) S = %FromCharCode(cp);
      else S = %FromCharCode(((cp - 0x10000) >> 10) + 0xD800) + %FromCharCode(((cp - 0x10000) & 0x3FF) + 0xDC00);
    }
    R = R + %Substring(string, chunk, start) + S;
    chunk = k + 1;
  }
  // 5. Return R.
  return R + %Substring(string, chunk, len);
}

// https://tc39.es/ecma262/#sec-encodeuri-uri
function global$encodeURI(uri) {
  return Encode(%ToString(uri), true);
}

// https://tc39.es/ecma262/#sec-encodeuricomponent-uricomponent
function global$encodeURIComponent(uriComponent) {
  return Encode(%ToString(uriComponent), false);
}

// https://tc39.es/ecma262/#sec-decodeuri-encodeduri
function global$decodeURI(encodedURI) {
  return Decode(%ToString(encodedURI), true);
}

// https://tc39.es/ecma262/#sec-decodeuricomponent-encodeduricomponent
function global$decodeURIComponent(encodedURIComponent) {
  return Decode(%ToString(encodedURIComponent), false);
}
