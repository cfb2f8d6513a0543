// The Catalogue tab: the owner's items, adding and changing one, hiding
// it from the counter or removing it.
import { invoke, $, show, errorText } from "../shared.js";
import { loadCatalog } from "../cart.js";
import { fillTable, smallButton } from "./parts.js";

// The SKU of the item the form is changing; null while it adds one.
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
  $("catalog-tax-rule").textContent = inside ? "with their tax included" : "with tax added at the till";
  const body = fillTable($("catalog-list"), ["SKU", "Name", "Price", "Tax %", "Category", "At the counter", ""],
    items.map((i) => [i.sku, i.name, i.price, i.tax_rate, i.category || "", i.active ? "offered" : "hidden", ""]));
  items.forEach((item, n) => {
    const cell = body.rows[n] && body.rows[n].cells[6];
    if (!cell) return;
    body.rows[n].classList.toggle("hidden-item", !item.active);
    cell.className = "row-actions";
    cell.append(
      smallButton("Change", () => edit(item)),
      smallButton(item.active ? "Hide" : "Offer", () => offer(item, !item.active)),
      removeButton(item),
    );
  });
  const list = $("item-categories");
  list.replaceChildren();
  for (const c of [...new Set(items.map((i) => i.category).filter(Boolean))]) list.append(new Option(c));
}

// Remove asks twice: the second press within a few seconds removes.
function removeButton(item) {
  const b = smallButton("Remove", async () => {
    if (!b.dataset.sure) {
      b.dataset.sure = "1";
      b.textContent = "Remove: sure?";
      b.classList.add("danger");
      setTimeout(() => {
        delete b.dataset.sure;
        b.textContent = "Remove";
        b.classList.remove("danger");
      }, 4000);
      return;
    }
    await change(() => invoke("owner_remove_item", { sku: item.sku }), `${item.name} removed.`);
  });
  return b;
}

function edit(item) {
  editing = item.sku;
  $("item-name").value = item.name;
  $("item-price").value = item.price;
  $("item-sku").value = item.sku;
  $("item-sku").readOnly = true;
  $("item-tax").value = item.tax_rate;
  $("item-category").value = item.category || "";
  $("item-form-title").textContent = `Change ${item.name}`;
  $("item-save").textContent = "Save changes";
  show($("item-cancel"), true);
  $("item-form").scrollIntoView({ block: "nearest" });
  $("item-name").focus();
}

function resetForm() {
  editing = null;
  $("item-form").reset();
  $("item-sku").readOnly = false;
  $("item-form-title").textContent = "Add an item";
  $("item-save").textContent = "Add item";
  show($("item-cancel"), false);
}

async function offer(item, offered) {
  await change(() => invoke("owner_offer_item", { sku: item.sku, offered }),
    offered ? `${item.name} is offered at the counter again.` : `${item.name} is hidden from the counter.`);
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
    price: $("item-price").value.trim(),
    sku: $("item-sku").value.trim() || null,
    tax: $("item-tax").value.trim() || null,
    category: $("item-category").value.trim() || null,
    editing,
  }), editing ? `${name} changed.` : `${name} added.`);
  if (saved) {
    resetForm();
    $("item-name").focus();
  }
}

export function wire() {
  $("item-form").addEventListener("submit", saveItem);
  $("item-cancel").addEventListener("click", resetForm);
}
