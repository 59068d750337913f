// Seal consultation answers in this browser, so the server only ever receives ciphertext.
// The participation code goes beside the envelope, never inside it. Without JavaScript (or if
// sealing cannot start) the form posts as usual and the server seals the answers on arrival.
import { B64, loadSodium, postJSON } from "./sodium.js";

const form = document.getElementById("consultation-form");
const PAD_BLOCK = 1024;
// Sent beside the envelope, or not at all: they are not part of what the person said.
const OUTSIDE_ENVELOPE = new Set(["token", "lang", "code"]);

function answers() {
  const payload = { locale: form.elements.lang.value };
  for (const [name, value] of new FormData(form)) {
    if (!OUTSIDE_ENVELOPE.has(name)) payload[name] = value;
  }
  return payload; // checked by the same rules as the no-JavaScript form, on the worker
}

function seal(sodium, kid, publicKey, payload) {
  const padded = sodium.pad(sodium.from_string(JSON.stringify(payload)), PAD_BLOCK);
  const ciphertext = sodium.crypto_box_seal(padded, sodium.from_base64(publicKey, B64));
  return { v: 1, kid, ct: sodium.to_base64(ciphertext, B64) };
}

function showStatus(templateId) {
  const status = form.querySelector(".status");
  status.textContent = document.getElementById(templateId).content.textContent;
  status.hidden = false;
}

function showThanks() {
  const thanks = document.getElementById("thanks-template").content.cloneNode(true);
  form.replaceWith(thanks); // the answers leave the page with the form
  document.querySelector("h1")?.focus();
}

function answered(payload) {
  return Object.entries(payload).some(([name, value]) => /^q\d/.test(name) && value.trim());
}

async function onSubmit(event) {
  event.preventDefault();
  const payload = answers();
  if (!form.elements.code.value.trim() || !answered(payload)) {
    form.submit(); // the server explains what is missing, in the person's language
    return;
  }
  let sodium;
  try {
    sodium = await loadSodium();
  } catch {
    form.submit(); // sealing is not possible here: the server seals on arrival instead
    return;
  }
  const button = form.querySelector("button[type=submit]");
  button.disabled = true;
  try {
    const code = form.elements.code.value;
    const headers = { "X-Heard-Token": form.dataset.token };
    let envelope = seal(sodium, form.dataset.kid, form.dataset.publicKey, payload);
    let response = await postJSON(form.dataset.api, { ...envelope, code }, headers);
    if (response.status === 422) {
      // The key may have been rotated since this page loaded: seal to the current one.
      const key = await (await fetch("/api/v1/keys/current", { cache: "no-store" })).json();
      envelope = seal(sodium, key.kid, key.public_key, payload);
      response = await postJSON(form.dataset.api, { ...envelope, code }, headers);
    }
    if (response.status === 403) {
      showStatus("bad-code");
      button.disabled = false;
      return;
    }
    if (response.status !== 201) throw new Error(`status ${response.status}`);
    showThanks();
  } catch {
    showStatus("send-error");
    button.disabled = false;
  }
}

if (form) {
  form.addEventListener("input", loadSodium, { once: true });
  form.addEventListener("submit", onSubmit);
}
