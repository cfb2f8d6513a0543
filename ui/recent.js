// Today's sales beside the counter.
import { invoke, $, show, errorText, statusText } from "./shared.js";
import { showSale } from "./payment.js";
import { state } from "./state.js";
import { amount, time as timeOfDay } from "./i18n.js";

export async function loadRecent() {
  try {
    const list = await invoke("recent");
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
      price.textContent = `${amount(inv.amount_fiat)} ${inv.fiat}`;
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
  } catch (e) {
    $("problem").textContent = errorText(e);
    show($("problem"), true);
  }
}
