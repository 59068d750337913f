// Seal the feedback in this browser, so the server only ever receives ciphertext.
// Without JavaScript (or if sealing cannot start) the form posts as usual and the server seals it.
const form = document.getElementById("feedback-form");
const PAD_BLOCK = 1024;
let sodiumLoading = null;

function loadSodium() {
  // libsodium is large: fetch it only once someone starts to write.
  sodiumLoading ??= import("/static/vendor/libsodium-wrappers.mjs").then(async (module) => {
    const sodium = module.default;
    await sodium.ready;
    return sodium;
  });
  return sodiumLoading;
}

function answers() {
  const data = new FormData(form);
  const optional = (name) => (data.get(name) || "").trim() || null;
  return {
    text: data.get("text") || "",
    locale: data.get("lang"),
    service: optional("service"),
    organisation: optional("organisation"),
    borough: optional("borough"),
    month: optional("month"),
  };
}

function seal(sodium, kid, publicKey, payload) {
  const variant = sodium.base64_variants.ORIGINAL;
  const padded = sodium.pad(sodium.from_string(JSON.stringify(payload)), PAD_BLOCK);
  const ciphertext = sodium.crypto_box_seal(padded, sodium.from_base64(publicKey, variant));
  return { v: 1, kid, ct: sodium.to_base64(ciphertext, variant) };
}

async function send(envelope) {
  return fetch(form.dataset.api, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(envelope),
    credentials: "omit",
    cache: "no-store",
    referrerPolicy: "no-referrer",
  });
}

async function currentKey() {
  const response = await fetch("/api/v1/keys/current", { cache: "no-store", credentials: "omit" });
  if (!response.ok) throw new Error("no key");
  return response.json();
}

function showStatus(text) {
  const status = form.querySelector(".status");
  status.textContent = text;
  status.hidden = !text;
}

function showThanks() {
  const main = document.getElementById("main");
  main.replaceChildren(document.getElementById("thanks-template").content.cloneNode(true));
  main.querySelector("h1")?.focus();
}

async function onSubmit(event) {
  event.preventDefault();
  const button = form.querySelector("button[type=submit]");
  let sodium;
  try {
    sodium = await loadSodium();
  } catch {
    form.submit(); // sealing is not possible here: the server seals on arrival instead
    return;
  }
  button.disabled = true;
  try {
    const payload = answers();
    let response = await send(seal(sodium, form.dataset.kid, form.dataset.publicKey, payload));
    if (response.status === 422) {
      // The key may have been rotated since this page loaded: seal to the current one.
      const key = await currentKey();
      response = await send(seal(sodium, key.kid, key.public_key, payload));
    }
    if (response.status !== 201) throw new Error(`status ${response.status}`);
    showThanks();
  } catch {
    showStatus(document.getElementById("send-error").content.textContent);
    button.disabled = false;
  }
}

if (form) {
  form.addEventListener("input", loadSodium, { once: true });
  form.addEventListener("submit", onSubmit);
}
