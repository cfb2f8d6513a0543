// Today's sales beside the counter.
import { invoke, $, show, errorText, statusText, fiatOf } from "./shared.js";
import { showSale } from "./payment.js";
import { state } from "./state.js";
import { time as timeOfDay, onLanguage } from "./i18n.js";

// Today's list as last read, to say again in another language.
let shown = [];
onLanguage(() => render(shown));

export async function loadRecent() {
  try {
    shown = await invoke("recent");
    render(shown);
  } catch (e) {
    $("problem").textContent = errorText(e);
    show($("problem"), true);
  }
}

function render(list) {
  const ul = $("recent");
  ul.replaceChildren();
  for (const inv of list) {
    const li = document.createElement("li");
    li.dataset.id = inv.id;
    const time = timeOfDay(inv.created_at);
    const chip = document.createElement("span");
    chip.className = `chip ${inv.status}`;
    chip.textContent = statusText(inv.status);
    const what = document.createElement("span");
    what.className = "what";
    const price = document.createElement("b");
    price.textContent = fiatOf(inv);
    const more = document.createElement("small");
    more.textContent = `${time} · ${inv.currency}`;
    what.append(price, more);
    li.append(what, chip);
    li.addEventListener("click", async () => {
      if (state.invoice) return;
      try {
        showSale(await invoke("invoice", { id: inv.id }));
      } catch (e) {
        $("entry-message").textContent = errorText(e);
      }
    });
    ul.append(li);
  }
}
