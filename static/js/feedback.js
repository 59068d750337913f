// Seal the feedback in this browser, so the server only ever receives ciphertext.
// Without JavaScript (or if sealing cannot start) the form posts as usual and the server seals it.
import {
  B64, formAnswers, loadSodium, lookupId, newCode, normalise, postJSON, receiptKeypair, seal,
} from "./sodium.js";

const form = document.getElementById("feedback-form");
// Sent beside the envelope, never inside it: they are not part of what the survivor said.
const OUTSIDE_ENVELOPE = new Set(["token", "want_receipt", "lang"]);

function receiptFor(sodium, code) {
  const normalised = normalise(code);
  return {
    lookup: sodium.to_base64(lookupId(sodium, normalised), B64),
    public_key: sodium.to_base64(receiptKeypair(sodium, normalised).publicKey, B64),
  };
}

function showStatus(text) {
  const status = form.querySelector(".status");
  status.textContent = text;
  status.hidden = !text;
}

function showThanks(code) {
  const main = document.getElementById("main");
  // Take what we need from the page's templates before the form (and they) are replaced.
  const thanks = document.getElementById("thanks-template").content.cloneNode(true);
  const receipt = document.getElementById("receipt-template").content.cloneNode(true);
  const warning = document.getElementById("leave-warning").content.textContent;
  main.replaceChildren(thanks);
  if (code) {
    receipt.querySelector("[data-receipt-code]").textContent = code;
    main.append(receipt);
    window.addEventListener("beforeunload", (event) => {
      event.preventDefault();
      event.returnValue = warning;
    });
  }
  main.focus();
}

async function onSubmit(event) {
  event.preventDefault();
  if (!form.elements.text.value.trim()) {
    form.submit(); // the server explains what is missing, in the survivor's language
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
    const payload = formAnswers(form, OUTSIDE_ENVELOPE);
    const code = form.elements.want_receipt.checked ? newCode() : null;
    const extra = code ? { receipt: receiptFor(sodium, code) } : {};
    const headers = { "X-Heard-Token": form.dataset.token };
    let envelope = seal(sodium, form.dataset.kid, form.dataset.publicKey, payload);
    let response = await postJSON(form.dataset.api, { ...envelope, ...extra }, headers);
    if (response.status === 422) {
      // The key may have been rotated since this page loaded: seal to the current one.
      const key = await (await fetch("/api/v1/keys/current", { cache: "no-store" })).json();
      envelope = seal(sodium, key.kid, key.public_key, payload);
      response = await postJSON(form.dataset.api, { ...envelope, ...extra }, headers);
    }
    if (response.status !== 201) throw new Error(`status ${response.status}`);
    showThanks(code);
  } catch {
    showStatus(document.getElementById("send-error").content.textContent);
    button.disabled = false;
  }
}

if (form) {
  form.addEventListener("input", loadSodium, { once: true });
  form.addEventListener("submit", onSubmit);
}
