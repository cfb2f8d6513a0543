// The till as the app reports it (shop, person, gateway), and what the
// counter sells with: the assets its gateway takes and the catalogue.
import { invoke, $, show, errorText } from "./shared.js";
import { loadCatalog } from "./cart.js";
import { renderEntry } from "./entry.js";
import { showGates } from "./people.js";
import { state } from "./state.js";
import { t, useLanguage, useZone, language, decimalSeparator } from "./i18n.js";

export async function loadCounter() {
  state.counter = await invoke("counter_state");
  const c = state.counter;
  useZone(c.time_zone);
  if (c.language !== language()) await useLanguage(c.language);
  $("shop-name").textContent = c.shop_name;
  $("fiat").textContent = c.fiat;
  $("decimal-key").textContent = decimalSeparator();
  show($("sandbox-badge"), c.sandbox);
  $("mode-label").textContent = c.owner ? t("mode-owner") : c.office ? t("mode-manager") : "";
  showGates();
  show($("problem"), !!c.provider_problem);
  $("problem").textContent = c.provider_problem ? errorText(c.provider_problem) : "";
  if (!state.asset) state.asset = c.default_asset;
}

export async function loadSelling() {
  try {
    state.currencies = state.counter.provider ? await invoke("currencies") : [];
  } catch (e) {
    state.currencies = [];
    $("entry-message").textContent = errorText(e);
  }
  await loadCatalog();
  renderEntry();
}
