// Seal consultation answers in this browser, so the server only ever receives ciphertext.
// The participation code goes beside the envelope, never inside it. Without JavaScript (or if
// sealing cannot start) the form posts as usual and the server seals the answers on arrival.
import { formAnswers, loadSodium, postJSON, seal } from "./sodium.js";

const form = document.getElementById("consultation-form");
// Sent beside the envelope, or not at all: they are not part of what the person said.
const OUTSIDE_ENVELOPE = new Set(["token", "lang", "code"]);

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
  const payload = formAnswers(form, OUTSIDE_ENVELOPE);
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
