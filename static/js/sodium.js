// libsodium, loaded only when needed, and the receipt derivation shared with the server
// (feedback/receipts/service.py implements the same steps; a browser test checks they agree).
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_LENGTH = 20;
const LOOKUP_KEY = "heard-receipt-lookup-v1";
const KEY_SALT = "heard-receipt-v1";
export const B64 = 1; // sodium.base64_variants.ORIGINAL
const PAD_BLOCK = 1024;

let loading = null;

export function loadSodium() {
  loading ??= import("/static/vendor/libsodium-wrappers.mjs").then(async (module) => {
    const sodium = module.default;
    await sodium.ready;
    return sodium;
  });
  return loading;
}

export function newCode() {
  // 20 characters of 5 bits each: 100 bits. 256 is a multiple of 32, so `& 31` is uniform.
  const chars = Array.from(crypto.getRandomValues(new Uint8Array(CODE_LENGTH)), (b) => ALPHABET[b & 31]);
  return chars.join("").match(/.{4}/g).join("-");
}

export function normalise(code) {
  const cleaned = code.replace(/[^0-9A-Za-z]/g, "").toUpperCase()
    .replace(/O/g, "0").replace(/[IL]/g, "1").replace(/U/g, "V");
  if (cleaned.length !== CODE_LENGTH || [...cleaned].some((c) => !ALPHABET.includes(c))) return null;
  return cleaned;
}

export function lookupId(sodium, normalised) {
  return sodium.crypto_generichash(32, sodium.from_string(normalised), sodium.from_string(LOOKUP_KEY));
}

export function receiptKeypair(sodium, normalised) {
  const seed = sodium.crypto_pwhash(
    32, sodium.from_string(normalised), sodium.from_string(KEY_SALT),
    sodium.crypto_pwhash_OPSLIMIT_INTERACTIVE, sodium.crypto_pwhash_MEMLIMIT_INTERACTIVE,
    sodium.crypto_pwhash_ALG_ARGON2ID13,
  );
  return sodium.crypto_box_seed_keypair(seed);
}

export async function postJSON(url, body, headers = {}) {
  return fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
    credentials: "omit",
    cache: "no-store",
    referrerPolicy: "no-referrer",
  });
}

// What the person wrote and chose, as the sealed payload: every field but those in `outside`,
// which travel beside the envelope. The worker checks it by the no-JavaScript form's rules.
export function formAnswers(form, outside) {
  const payload = { locale: form.elements.lang.value };
  for (const [name, value] of new FormData(form)) {
    if (!outside.has(name)) payload[name] = value;
  }
  return payload;
}

// The envelope both intake paths share: padded to 1 KiB blocks so length leaks nothing, sealed.
export function seal(sodium, kid, publicKey, payload) {
  const padded = sodium.pad(sodium.from_string(JSON.stringify(payload)), PAD_BLOCK);
  const ciphertext = sodium.crypto_box_seal(padded, sodium.from_base64(publicKey, B64));
  return { v: 1, kid, ct: sodium.to_base64(ciphertext, B64) };
}
