// The Withdrawals tab: balances, check then send, history, saved
// addresses.
import { invoke, $, show, errorText, payoutStatusText } from "../shared.js";
import { fillTable } from "./parts.js";
import { askPin } from "../people.js";
import { t, crypto, dateTime, typed } from "../i18n.js";

// `checked`: what Check showed; the app keeps it too and Send sends that.
const payouts = { balances: [], addresses: [], checked: null };

// The first and last six characters, large: where a swapped address differs.
export function addressEnds(address) {
  const a = (address || "").trim();
  return a.length > 14 ? [a.slice(0, 6), a.slice(-6)] : [a, ""];
}

// An address by its ends, enough to recognise it in a list.
export function shortAddress(address) {
  const [start, end] = addressEnds(address);
  return end ? `${start}…${end}` : start;
}

// A withdrawal's (or refund's) status, with the gateway's reason it
// failed and how it came to be, in their own words.
export function payoutState(w) {
  return payoutStatusText(w.status) + (w.failure ? `: ${w.failure}` : "") + (w.note ? ` (${w.note})` : "");
}

export async function loadPayouts() {
  $("withdraw-message").textContent = "";
  try {
    payouts.balances = await invoke("owner_balances");
  } catch (e) {
    payouts.balances = [];
    $("withdraw-message").textContent = errorText(e);
  }
  renderBalances();
  await loadAddresses();
  await loadWithdrawals();
}

function renderBalances() {
  const box = $("balances");
  box.replaceChildren();
  for (const p of payouts.balances) {
    const div = document.createElement("div");
    div.className = "balance-card";
    const h = document.createElement("b");
    h.textContent = `${p.provider} (${p.kind})`;
    div.append(h);
    if (p.error) {
      const e = document.createElement("div");
      e.className = "message";
      e.textContent = errorText({ l10n: p.error_l10n, message: p.error });
      div.append(e);
    }
    const table = document.createElement("table");
    fillTable(table, [t("payout-col-account"), t("payout-col-asset"), t("payout-col-available"),
      t("payout-col-pending")],
      p.balances.map((b) => [b.account, b.asset, crypto(b.available), crypto(b.pending)]));
    div.append(table);
    if (p.no_withdrawals) {
      const n = document.createElement("small");
      n.className = "no-withdrawals";
      n.textContent = t("payout-no-withdrawals",
        { why: errorText({ l10n: p.no_withdrawals_l10n, message: p.no_withdrawals }) });
      div.append(n);
    }
    box.append(div);
  }
  const sel = $("w-provider");
  const chosen = sel.value;
  sel.replaceChildren();
  for (const p of payouts.balances.filter((p) => !p.no_withdrawals && !p.error)) {
    sel.add(new Option(p.provider, p.provider));
  }
  if (chosen) sel.value = chosen;
  renderAssetChoice();
}

// Any change after Check hides the quote: Send needs a new Check.
function dropQuote() {
  payouts.checked = null;
  show($("w-quote"), false);
}

function renderAssetChoice() {
  const p = payouts.balances.find((x) => x.provider === $("w-provider").value);
  const sel = $("w-asset");
  const chosen = sel.value;
  sel.replaceChildren();
  for (const b of (p ? p.balances : []).filter((b) => b.account === "main")) {
    sel.add(new Option(t("payout-asset-choice", { asset: b.asset, available: crypto(b.available) }), b.asset));
  }
  if (chosen) sel.value = chosen;
  renderSavedChoice();
}

function renderSavedChoice() {
  const sel = $("w-saved");
  sel.replaceChildren(new Option(t("payout-type-address"), ""));
  for (const a of payouts.addresses.filter((a) => a.asset === $("w-asset").value)) {
    sel.add(new Option(`${a.label}: ${shortAddress(a.address)}`, a.address));
  }
}

function withdrawArgs() {
  return {
    provider: $("w-provider").value || null,
    asset: $("w-asset").value,
    amount: typed($("w-amount").value.trim()),
    address: $("w-address").value.trim(),
  };
}

async function checkWithdrawal(ev) {
  ev.preventDefault();
  $("withdraw-message").classList.remove("ok");
  show($("w-quote"), false);
  $("withdraw-message").textContent = t("payout-checking");
  try {
    const q = await invoke("owner_withdraw_quote", withdrawArgs());
    payouts.checked = q;
    $("withdraw-message").textContent = "";
    $("q-amount").textContent = `${crypto(q.amount)} ${q.asset}`;
    $("q-fee").textContent = `${crypto(q.fee)} ${q.asset}`;
    $("q-receive").textContent = `${crypto(q.receive)} ${q.asset}`;
    const [start, end] = addressEnds(q.address);
    $("q-start").textContent = start;
    $("q-end").textContent = end;
    $("q-address").textContent = q.address;
    const notes = $("q-notes");
    notes.replaceChildren();
    q.notes.forEach((n, i) => {
      const li = document.createElement("li");
      li.textContent = errorText({ l10n: q.notes_l10n[i], message: n });
      notes.append(li);
    });
    $("w-pin").value = "";
    show($("w-quote"), true);
    $("w-pin").focus();
  } catch (e) {
    $("withdraw-message").textContent = errorText(e);
  }
}

async function sendWithdrawal(ev) {
  ev.preventDefault();
  $("w-send").disabled = true;
  $("withdraw-message").textContent = t("payout-sending");
  try {
    if (!payouts.checked) throw { message: t("payout-check-first") };
    const w = await invoke("owner_withdraw", { pin: $("w-pin").value });
    payouts.checked = null;
    show($("w-quote"), false);
    $("w-amount").value = "";
    await loadPayouts();
    $("withdraw-message").textContent = w.status === "failed"
      ? t("payout-not-sent", { why: w.failure })
      : t("payout-sent", { id: w.id, status: payoutStatusText(w.status) }) + (w.failure ? ` ${w.failure}` : "");
    $("withdraw-message").classList.toggle("ok", w.status !== "failed" && !w.failure);
  } catch (e) {
    $("withdraw-message").textContent = errorText(e);
  } finally {
    $("w-pin").value = "";
    $("w-send").disabled = false;
  }
}

export async function loadWithdrawals() {
  try {
    const list = await invoke("owner_withdrawals");
    const body = fillTable($("withdrawals"), [t("payout-col-when"), t("payout-col-gateway"),
      t("payout-col-amount"), t("payout-col-arrives"), t("payout-col-to"), t("payout-col-status"), ""],
      list.map((w) => [dateTime(w.created_at), w.provider, `${crypto(w.amount)} ${w.asset}`,
        w.receive ? `${crypto(w.receive)} ${w.asset}` : "", shortAddress(w.address), payoutState(w), ""]));
    // One the gateway cannot report on is settled by the owner's word,
    // after a look at the gateway's dashboard, with the PIN.
    list.forEach((w, i) => {
      const cell = body.rows[i] && body.rows[i].cells[6];
      if (!cell || ["completed", "failed"].includes(w.status)) return;
      for (const [sent, label] of [[true, t("payout-mark-sent")], [false, t("payout-mark-not-sent")]]) {
        const b = document.createElement("button");
        b.type = "button";
        b.className = "small";
        b.textContent = label;
        b.addEventListener("click", async () => {
          try {
            await invoke("owner_resolve_withdrawal", { id: w.id, sent, pin: $("h-pin").value });
            $("withdraw-message").textContent = "";
            await loadWithdrawals();
          } catch (e) {
            $("withdraw-message").textContent = errorText(e);
          } finally {
            $("h-pin").value = "";
          }
        });
        cell.append(b);
      }
    });
    show($("h-resolve"), list.some((w) => !["completed", "failed"].includes(w.status)));
  } catch (e) {
    $("withdraw-message").textContent = errorText(e);
  }
}

async function loadAddresses() {
  try {
    payouts.addresses = await invoke("owner_addresses");
  } catch (e) {
    payouts.addresses = [];
  }
  const body = fillTable($("addresses"),
    [t("payout-address-col-name"), t("payout-address-col-asset"), t("payout-address-col-address"), ""],
    payouts.addresses.map((a) => [a.label, a.asset, a.address, ""]));
  payouts.addresses.forEach((a, i) => {
    const cell = body.rows[i] && body.rows[i].cells[3];
    if (!cell) return;
    const rm = document.createElement("button");
    rm.type = "button";
    rm.className = "small";
    rm.textContent = t("payout-address-remove");
    rm.addEventListener("click", async () => {
      const pin = await askPin(t("payout-address-forget", { label: a.label }));
      if (pin === null) return;
      await invoke("owner_remove_address", { id: a.id, pin }).catch((e) => {
        $("address-message").textContent = errorText(e);
      });
      await loadAddresses();
    });
    cell.append(rm);
  });
  renderSavedChoice();
}

function showNewAddressEnds() {
  const [start, end] = addressEnds($("a-address").value);
  $("a-ends").textContent = start ? `${start} … ${end}` : "";
  show($("a-ends"), !!start);
}

async function saveAddress(ev) {
  ev.preventDefault();
  try {
    await invoke("owner_add_address", {
      label: $("a-label").value,
      asset: $("a-asset").value,
      address: $("a-address").value,
      pin: $("a-pin").value,
    });
    $("address-message").textContent = t("payout-address-saved");
    for (const id of ["a-label", "a-asset", "a-address"]) $(id).value = "";
    showNewAddressEnds();
    await loadAddresses();
  } catch (e) {
    $("address-message").textContent = errorText(e);
  } finally {
    $("a-pin").value = "";
  }
}

export function wire() {
  $("w-provider").addEventListener("change", () => { dropQuote(); renderAssetChoice(); });
  $("w-asset").addEventListener("change", () => { dropQuote(); renderSavedChoice(); });
  $("w-saved").addEventListener("change", () => {
    dropQuote();
    if ($("w-saved").value) $("w-address").value = $("w-saved").value;
  });
  $("w-all").addEventListener("click", () => { dropQuote(); $("w-amount").value = "all"; });
  $("w-amount").addEventListener("input", dropQuote);
  $("w-address").addEventListener("input", dropQuote);
  $("withdraw-form").addEventListener("submit", checkWithdrawal);
  $("w-send-form").addEventListener("submit", sendWithdrawal);
  $("w-cancel").addEventListener("click", dropQuote);
  $("address-form").addEventListener("submit", saveAddress);
  $("a-address").addEventListener("input", showNewAddressEnds);
}
