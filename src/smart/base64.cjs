// Stands in for `js-base64` inside fhirclient (vite.config.ts aliases it here): the browser's
// btoa/atob with TextEncoder cover the three functions fhirclient calls (PKCE, state, id_token),
// in a fraction of the library's size. tests/unit/smart/base64.test.ts checks it against js-base64.
'use strict';

function bytesToBase64(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function urlSafe(base64) {
  return base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Base64 of the bytes; URL-safe without padding when `url` is true. */
function fromUint8Array(bytes, url) {
  const b = bytesToBase64(bytes);
  return url ? urlSafe(b) : b;
}

/** Base64 of the UTF-8 of `text`; URL-safe without padding when `url` is true. */
function encode(text, url) {
  return fromUint8Array(new TextEncoder().encode(String(text)), url);
}

function encodeURL(text) {
  return encode(text, true);
}

/** UTF-8 text from standard or URL-safe Base64, padded or not; other characters are ignored. */
function decode(input) {
  let b = String(input)
    .replace(/[-_]/g, (c) => (c === '-' ? '+' : '/'))
    .replace(/[^A-Za-z0-9+/]/g, '');
  while (b.length % 4 !== 0) b += '=';
  const binary = atob(b);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}

module.exports = { fromUint8Array, encode, encodeURL, decode };
