// The back office: unlocking it with a PIN, its tabs, locking it.
import { invoke, $, show, errorText } from "../shared.js";
import { loadCounter } from "../counter.js";
import { loadActivity } from "./activity.js";
import { loadCatalogTab } from "./catalog.js";
import { loadGateways } from "./gateways.js";
import { loadPayouts } from "./payouts.js";
import { loadSalesTab } from "./sales.js";
import { loadSettings } from "./settings.js";
import { loadShifts } from "./shifts.js";
import { loadStaff } from "./staff.js";
import { loadTakings } from "./takings.js";
import { showUpdate } from "./updates.js";
import { touched } from "../people.js";
import { state } from "../state.js";
import { t } from "../i18n.js";

// The back office at one sale of the Sales tab, once someone unlocks it.
export function openOwnerAtSale(id) {
  state.tab = "sales";
  state.saleToOpen = id;
  openOwner();
}

export function openOwner() {
  touched();
  show($("owner"), true);
  show($("pin-short"), false);
  const c = state.counter;
  const sel = $("pin-person");
  sel.replaceChildren();
  const eligible = c.staff.filter((p) => p.role !== "cashier");
  for (const p of eligible) sel.add(new Option(`${p.name} (${t(`role-${p.role}`)})`, p.id));
  const me = c.person && eligible.find((p) => p.id === c.person.id);
  const owner = eligible.find((p) => p.role === "owner");
  sel.value = (me || owner || eligible[0] || {}).id || "";
  $("pin-message").textContent = "";
  show($("pin-form"), true);
  show($("owner-panel"), false);
  show($("owner-tabs"), false);
  show($("owner-lock"), false);
  $("pin-input").value = "";
  $("pin-input").focus();
}

async function submitPin(ev) {
  ev.preventDefault();
  try {
    await invoke("owner_unlock", { pin: $("pin-input").value, staff: $("pin-person").value || null });
    await loadCounter();
    await showOwnerPanel();
  } catch (e) {
    $("pin-message").textContent = errorText(e);
  } finally {
    $("pin-input").value = "";
  }
}

async function showOwnerPanel() {
  const owner = state.counter.owner;
  show($("pin-form"), false);
  show($("owner-panel"), true);
  show($("owner-tabs"), true);
  show($("owner-lock"), true);
  show($("pin-short"), state.counter.pin_too_short);
  document.querySelectorAll("#owner-tabs button[data-owner]").forEach((b) => show(b, owner));
  const allowed = owner || ["takings", "sales", "shifts"].includes(state.tab);
  await showTab(allowed && state.tab ? state.tab : "takings");
}

async function showTab(tab) {
  state.tab = tab;
  document.querySelectorAll("#owner-tabs button").forEach((b) =>
    b.classList.toggle("chosen", b.dataset.tab === tab));
  document.querySelectorAll("#owner-panel .tab").forEach((t) => show(t, t.id === `tab-${tab}`));
  if (tab === "takings") await loadTakings();
  if (tab === "sales") await loadSalesTab();
  if (tab === "shifts") await loadShifts();
  if (tab === "setup") await loadSetup();
  if (tab === "payouts") await loadPayouts();
  if (tab === "catalog") await loadCatalogTab();
  if (tab === "staff") await loadStaff();
  if (tab === "activity") await loadActivity();
}

export async function loadSetup() {
  await loadSettings();
  await loadGateways();
  // Drawn again, in case the language changed since.
  showUpdate();
}

export async function lockOwner() {
  await invoke("owner_lock").catch(() => {});
  await loadCounter();
  show($("owner-tabs"), false);
  show($("owner-lock"), false);
  show($("owner"), false);
}

export function wire() {
  $("owner-button").addEventListener("click", openOwner);
  // Closing the back office ends its session: the next person is asked.
  $("owner-close").addEventListener("click", lockOwner);
  $("pin-form").addEventListener("submit", submitPin);
  $("owner-lock").addEventListener("click", lockOwner);
  document.querySelectorAll("#owner-tabs button").forEach((b) =>
    b.addEventListener("click", () => showTab(b.dataset.tab)));
}
