// The Catalogue tab: the owner's items, adding and changing one, hiding
// it from the counter or removing it.
import { invoke, $, show, errorText } from "../shared.js";
import { loadCatalog } from "../cart.js";
import { fillTable, smallButton } from "./parts.js";
import { t, amount, typed, forTyping } from "../i18n.js";

// The item the form is changing; null while it adds one.
let editing = null;

function message(text, ok) {
  $("catalog-message").textContent = text;
  $("catalog-message").classList.toggle("ok", ok);
}

export async function loadCatalogTab() {
  let items;
  try {
    items = await invoke("owner_catalog");
  } catch (e) {
    message(errorText(e), false);
    return;
  }
  const settings = await invoke("owner_settings").catch(() => []);
  const inside = settings.some((s) => s.key === "prices_include_tax" && s.value === "true");
  $("catalog-help").textContent = t(inside ? "catalog-help-included" : "catalog-help-added");
  // The form's words, in the language of the moment.
  showForm();
  const headers = [t("catalog-sku"), t("catalog-name"), t("catalog-price"), t("catalog-tax"),
    t("catalog-category"), t("catalog-at-counter"), ""];
  const body = fillTable($("catalog-list"), headers, items.map((i) => [i.sku, i.name, amount(i.price),
    amount(i.tax_rate), i.category || "", t(i.active ? "catalog-state-offered" : "catalog-state-hidden"), ""]));
  items.forEach((item, n) => {
    const cell = body.rows[n] && body.rows[n].cells[6];
    if (!cell) return;
    body.rows[n].classList.toggle("hidden-item", !item.active);
    cell.className = "row-actions";
    cell.append(
      smallButton(t("catalog-change"), () => edit(item)),
      smallButton(t(item.active ? "catalog-hide" : "catalog-offer"), () => offer(item, !item.active)),
      removeButton(item),
    );
  });
  const list = $("item-categories");
  list.replaceChildren();
  for (const c of [...new Set(items.map((i) => i.category).filter(Boolean))]) list.append(new Option(c));
}

// Remove asks twice: the second press within a few seconds removes.
function removeButton(item) {
  const b = smallButton(t("catalog-remove"), async () => {
    if (!b.dataset.sure) {
      b.dataset.sure = "1";
      b.textContent = t("catalog-remove-sure");
      b.classList.add("danger");
      setTimeout(() => {
        delete b.dataset.sure;
        b.textContent = t("catalog-remove");
        b.classList.remove("danger");
      }, 4000);
      return;
    }
    await change(() => invoke("owner_remove_item", { sku: item.sku }), t("catalog-removed", { name: item.name }));
  });
  return b;
}

// The form's title and button: adding an item, or changing one.
function showForm() {
  $("item-form-title").textContent = editing
    ? t("catalog-change-title", { name: editing.name })
    : t("catalog-add-title");
  $("item-save").textContent = t(editing ? "catalog-save-changes" : "catalog-add");
  show($("item-cancel"), !!editing);
}

function edit(item) {
  editing = item;
  $("item-name").value = item.name;
  $("item-price").value = forTyping(item.price);
  $("item-sku").value = item.sku;
  $("item-sku").readOnly = true;
  $("item-tax").value = forTyping(item.tax_rate);
  $("item-category").value = item.category || "";
  showForm();
  $("item-form").scrollIntoView({ block: "nearest" });
  $("item-name").focus();
}

function resetForm() {
  editing = null;
  $("item-form").reset();
  $("item-sku").readOnly = false;
  showForm();
}

async function offer(item, offered) {
  await change(() => invoke("owner_offer_item", { sku: item.sku, offered }),
    t(offered ? "catalog-offered-again" : "catalog-hidden-now", { name: item.name }));
}

// A change, then the tab and the counter's catalogue read again.
async function change(act, done) {
  try {
    await act();
    message(done, true);
  } catch (e) {
    message(errorText(e), false);
    return false;
  }
  await loadCatalogTab();
  await loadCatalog();
  return true;
}

async function saveItem(ev) {
  ev.preventDefault();
  const name = $("item-name").value.trim();
  const saved = await change(() => invoke("owner_save_item", {
    name,
    price: typed($("item-price").value.trim()),
    sku: $("item-sku").value.trim() || null,
    tax: typed($("item-tax").value.trim()) || null,
    category: $("item-category").value.trim() || null,
    editing: editing && editing.sku,
  }), t(editing ? "catalog-changed" : "catalog-added", { name }));
  if (saved) {
    resetForm();
    $("item-name").focus();
  }
}

export function wire() {
  $("item-form").addEventListener("submit", saveItem);
  $("item-cancel").addEventListener("click", resetForm);
}
