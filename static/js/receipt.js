// Check for a reply: the code never leaves this browser. Only a hash of it is sent, and
// replies come back sealed; the key that opens them is derived here from the code.
import { B64, loadSodium, lookupId, normalise, postJSON, receiptKeypair } from "./sodium.js";

const form = document.getElementById("receipt-form");
const result = document.getElementById("receipt-result");
const text = (id) => document.getElementById(id).content.textContent;

function paragraph(content, tag = "p") {
  const element = document.createElement(tag);
  element.textContent = content;
  return element;
}

async function onSubmit(event) {
  event.preventDefault();
  const normalised = normalise(form.elements.code.value);
  let sodium;
  try {
    sodium = await loadSodium();
  } catch {
    form.submit();
    return;
  }
  if (!normalised) {
    result.replaceChildren(paragraph(text("not-found")));
    return;
  }
  const lookup = sodium.to_base64(lookupId(sodium, normalised), B64);
  const response = await postJSON(form.dataset.api, { lookup });
  if (response.status !== 200) {
    result.replaceChildren(paragraph(text("not-found")));
    return;
  }
  const found = await response.json();
  const keys = receiptKeypair(sodium, normalised);
  const nodes = [paragraph(text(found.status === "analysed" ? "status-analysed" : "status-pending"))];
  const replies = found.replies.flatMap((reply) => {
    try {
      const opened = sodium.crypto_box_seal_open(sodium.from_base64(reply.ct, B64), keys.publicKey, keys.privateKey);
      const quote = document.createElement("blockquote");
      quote.className = "reply";
      quote.append(paragraph(sodium.to_string(opened)), paragraph(reply.sent_on, "footer"));
      return [quote];
    } catch {
      return [];
    }
  });
  if (replies.length) nodes.push(paragraph(text("replies-heading"), "h2"), ...replies);
  else nodes.push(paragraph(text("no-replies")));
  result.replaceChildren(...nodes);
}

form?.addEventListener("submit", onSubmit);
