//! Exports for the accountant: one RFC 4180 CSV row per invoice with every
//! field needed to reconcile it, amounts as exact decimal text.

use crate::invoice::{timestamp::format, Invoice};
use crate::payout::Withdrawal;
use serde::Deserialize;
use std::borrow::Cow;
use std::io::Write;

/// An invoice as the journal stores it, read without building an
/// `Invoice`: amounts are kept as decimal text and times in the export's
/// own format, so a row can be written from the text as stored. A year's
/// export is a million rows; this spares parsing every amount and time.
#[derive(Deserialize)]
struct Stored<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    created_at: Cow<'a, str>,
    #[serde(borrow)]
    updated_at: Cow<'a, str>,
    #[serde(borrow, default)]
    paid_at: Option<Cow<'a, str>>,
    #[serde(borrow)]
    provider: Cow<'a, str>,
    #[serde(borrow)]
    provider_ref: Option<Cow<'a, str>>,
    #[serde(borrow)]
    order_id: Cow<'a, str>,
    #[serde(borrow)]
    status: Cow<'a, str>,
    #[serde(borrow)]
    flags: Vec<Cow<'a, str>>,
    #[serde(borrow, default)]
    cashier: Option<Cow<'a, str>>,
    #[serde(borrow)]
    fiat: Cow<'a, str>,
    #[serde(borrow)]
    amount_fiat: Cow<'a, str>,
    #[serde(borrow)]
    currency: Cow<'a, str>,
    #[serde(borrow)]
    amount_crypto: Option<Cow<'a, str>>,
    #[serde(borrow)]
    paid_crypto: Cow<'a, str>,
    #[serde(borrow)]
    address: Option<Cow<'a, str>>,
    #[serde(borrow)]
    txid: Option<Cow<'a, str>>,
    #[serde(borrow)]
    expires_at: Option<Cow<'a, str>>,
    #[serde(borrow)]
    note: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    subtotal: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    discount: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    tax: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    tip: Option<Cow<'a, str>>,
}

#[derive(Debug, thiserror::Error)]
pub enum RowError {
    #[error(transparent)]
    Csv(#[from] csv::Error),
    #[error("a stored invoice cannot be read: {0}")]
    Stored(#[from] serde_json::Error),
}

/// The cart's figures come last, empty for a typed amount: `amount_fiat`
/// is what the customer paid, `tip` the part of it that is not takings.
pub const CSV_HEADER: [&str; 23] = [
    "id",
    "created_at",
    "updated_at",
    "paid_at",
    "provider",
    "provider_ref",
    "order_id",
    "status",
    "flags",
    "cashier",
    "fiat",
    "amount_fiat",
    "currency",
    "amount_crypto",
    "paid_crypto",
    "address",
    "txid",
    "expires_at",
    "note",
    "subtotal",
    "discount",
    "tax",
    "tip",
];

/// Text a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, or a
/// tab or carriage return first) starts with an apostrophe instead: an
/// order id, a note or a gateway's reference must never run as one.
fn text(value: &str) -> Cow<'_, str> {
    match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{value}")),
        _ => Cow::Borrowed(value),
    }
}

pub struct CsvInvoices<W: Write> {
    writer: csv::Writer<W>,
}

impl<W: Write> CsvInvoices<W> {
    pub fn new(out: W) -> Result<Self, csv::Error> {
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(out);
        writer.write_record(CSV_HEADER)?;
        Ok(CsvInvoices { writer })
    }

    pub fn row(&mut self, inv: &Invoice) -> Result<(), csv::Error> {
        let w = &mut self.writer;
        let time = |t: &Option<chrono::DateTime<chrono::Utc>>| t.map(|t| format(&t));
        let flags: Vec<&str> = inv.flags.iter().map(|f| f.as_str()).collect();
        w.write_field(&inv.id)?;
        w.write_field(format(&inv.created_at))?;
        w.write_field(format(&inv.updated_at))?;
        w.write_field(time(&inv.paid_at).unwrap_or_default())?;
        let opt = |v: &Option<String>| text(v.as_deref().unwrap_or_default()).into_owned();
        w.write_field(&*text(&inv.provider))?;
        w.write_field(opt(&inv.provider_ref))?;
        w.write_field(&*text(&inv.order_id))?;
        w.write_field(inv.status.as_str())?;
        w.write_field(flags.join(" "))?;
        w.write_field(opt(&inv.cashier))?;
        w.write_field(&inv.fiat)?;
        w.write_field(inv.amount_fiat.to_string())?;
        w.write_field(&*text(&inv.currency))?;
        w.write_field(inv.amount_crypto.map(|a| a.to_string()).unwrap_or_default())?;
        w.write_field(inv.paid_crypto.to_string())?;
        w.write_field(opt(&inv.address))?;
        w.write_field(opt(&inv.txid))?;
        w.write_field(time(&inv.expires_at).unwrap_or_default())?;
        w.write_field(opt(&inv.note))?;
        for figure in [inv.subtotal, inv.discount, inv.tax, inv.tip] {
            w.write_field(figure.map(|f| f.to_string()).unwrap_or_default())?;
        }
        w.write_record(None::<&[u8]>)
    }

    /// A refund as a row of its own, after the invoices: status `refund`,
    /// the amounts negative (the fiat at the price the customer was asked),
    /// the customer's address, and the invoice it goes back on in the note.
    pub fn refund_row(&mut self, w: &Withdrawal, inv: &Invoice) -> Result<(), csv::Error> {
        let value = crate::report::refund_value(inv, w.amount);
        let out = &mut self.writer;
        out.write_field(&w.id)?;
        out.write_field(format(&w.created_at))?;
        out.write_field(format(&w.updated_at))?;
        out.write_field("")?;
        out.write_field(&*text(&w.provider))?;
        out.write_field(&*text(w.provider_ref.as_deref().unwrap_or_default()))?;
        out.write_field(&*text(&inv.order_id))?;
        out.write_field("refund")?;
        out.write_field(w.status.as_str())?;
        out.write_field("")?;
        out.write_field(&inv.fiat)?;
        out.write_field(value.map(|v| (-v).to_string()).unwrap_or_default())?;
        out.write_field(&*text(&w.asset))?;
        out.write_field((-w.amount).to_string())?;
        out.write_field("")?;
        out.write_field(&*text(&w.address))?;
        out.write_field(&*text(w.txid.as_deref().unwrap_or_default()))?;
        out.write_field("")?;
        out.write_field(format!("refund of {}", inv.id))?;
        for _ in 0..4 {
            out.write_field("")?;
        }
        out.write_record(None::<&[u8]>)
    }

    /// The row of an invoice as the journal stores it (its JSON); the same
    /// text as `row` writes for the decoded invoice.
    pub fn row_from_json(&mut self, body: &str) -> Result<(), RowError> {
        let inv: Stored = serde_json::from_str(body)?;
        fn opt<'v>(v: &'v Option<Cow<'_, str>>) -> &'v str {
            v.as_deref().unwrap_or_default()
        }
        let free = |v| text(opt(v));
        let flags = match inv.flags.as_slice() {
            [] => Cow::Borrowed(""),
            [one] => Cow::Borrowed(&**one),
            many => Cow::Owned(many.join(" ")),
        };
        let w = &mut self.writer;
        w.write_field(&*inv.id)?;
        w.write_field(&*inv.created_at)?;
        w.write_field(&*inv.updated_at)?;
        w.write_field(opt(&inv.paid_at))?;
        w.write_field(&*text(&inv.provider))?;
        w.write_field(&*free(&inv.provider_ref))?;
        w.write_field(&*text(&inv.order_id))?;
        w.write_field(&*inv.status)?;
        w.write_field(&*flags)?;
        w.write_field(&*free(&inv.cashier))?;
        w.write_field(&*inv.fiat)?;
        w.write_field(&*inv.amount_fiat)?;
        w.write_field(&*text(&inv.currency))?;
        w.write_field(opt(&inv.amount_crypto))?;
        w.write_field(&*inv.paid_crypto)?;
        w.write_field(&*free(&inv.address))?;
        w.write_field(&*free(&inv.txid))?;
        w.write_field(opt(&inv.expires_at))?;
        w.write_field(&*free(&inv.note))?;
        for figure in [&inv.subtotal, &inv.discount, &inv.tax, &inv.tip] {
            w.write_field(&*free(figure))?;
        }
        Ok(w.write_record(None::<&[u8]>)?)
    }

    pub fn finish(mut self) -> std::io::Result<W> {
        self.writer.flush()?;
        self.writer
            .into_inner()
            .map_err(|e| std::io::Error::other(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Flag, Status};
    use rust_decimal::Decimal;
    use std::str::FromStr;

    fn invoice(order: &str, fiat: &str, amount: &str, asset: &str, note: &str) -> Invoice {
        Invoice::intent(
            "INV1".into(),
            "demo".into(),
            order.into(),
            fiat.into(),
            Decimal::from_str(amount).unwrap(),
            asset.into(),
            Some(note.into()),
        )
    }

    #[test]
    fn rows_quote_what_needs_quoting_and_keep_decimals_exact() {
        let mut inv = invoice("order, \"7\"", "USD", "0.10", "BTC", "two\nlines");
        inv.status = Status::Paid;
        inv.flags.insert(Flag::PaidLate);
        inv.flags.insert(Flag::Overpaid);
        inv.amount_crypto = Some(Decimal::from_str("0.00000150").unwrap());
        inv.paid_crypto = Decimal::from_str("0.00000151").unwrap();
        let mut w = CsvInvoices::new(Vec::new()).unwrap();
        w.row(&inv).unwrap();
        let text = String::from_utf8(w.finish().unwrap()).unwrap();
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(lines[0], CSV_HEADER.join(","));
        assert!(lines[1].contains(",\"order, \"\"7\"\"\",paid,overpaid paid_late,"));
        assert!(lines[1].contains(",USD,0.10,BTC,0.00000150,0.00000151,"));
        assert!(text.ends_with(",\"two\nlines\",,,,\r\n"), "{text}");
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 1);
        assert_eq!(&rows[0][6], "order, \"7\"");
        assert_eq!(&rows[0][18], "two\nlines");
    }

    #[test]
    fn text_a_spreadsheet_would_run_as_a_formula_is_neutralised() {
        let mut inv = invoice(
            "=HYPERLINK(\"http://x\")",
            "USD",
            "1.00",
            "BTC",
            "+1 call me",
        );
        inv.txid = Some("@SUM(A1)".into());
        inv.address = Some("-2+3".into());
        inv.cashier = Some("\tTab".into());
        inv.provider_ref = Some("\r=1".into());
        let mut decoded = CsvInvoices::new(Vec::new()).unwrap();
        decoded.row(&inv).unwrap();
        let text = String::from_utf8(decoded.finish().unwrap()).unwrap();
        let row = csv::Reader::from_reader(text.as_bytes())
            .records()
            .next()
            .unwrap()
            .unwrap();
        for (i, expected) in [
            (6, "'=HYPERLINK(\"http://x\")"),
            (18, "'+1 call me"),
            (16, "'@SUM(A1)"),
            (15, "'-2+3"),
            (9, "'\tTab"),
            (5, "'\r=1"),
        ] {
            assert_eq!(&row[i], expected, "column {i}");
        }
        // Amounts stay numbers.
        assert_eq!(&row[11], "1.00");
        let mut stored = CsvInvoices::new(Vec::new()).unwrap();
        stored
            .row_from_json(&serde_json::to_string(&inv).unwrap())
            .unwrap();
        assert_eq!(String::from_utf8(stored.finish().unwrap()).unwrap(), text);
    }

    #[test]
    fn a_row_from_the_stored_json_is_the_row_of_the_invoice() {
        let mut inv = invoice("order \"q\", 1", "EUR", "1234.50", "ETH", "note\twith tab");
        let plain = inv.clone();
        inv.status = Status::Paid;
        inv.flags.insert(Flag::Overpaid);
        inv.flags.insert(Flag::ConfirmedManually);
        inv.amount_crypto = Some(Decimal::from_str("0.412345678900000000").unwrap());
        inv.paid_crypto = Decimal::from_str("0.5").unwrap();
        inv.cashier = Some("Zoë".into());
        inv.txid = Some("0xabc".into());
        inv.address = Some("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed".into());
        inv.paid_at = Some(crate::invoice::timestamp::now());
        inv.expires_at = Some(crate::invoice::timestamp::now());
        for inv in [plain, inv] {
            let mut decoded = CsvInvoices::new(Vec::new()).unwrap();
            decoded.row(&inv).unwrap();
            let mut stored = CsvInvoices::new(Vec::new()).unwrap();
            stored
                .row_from_json(&serde_json::to_string(&inv).unwrap())
                .unwrap();
            assert_eq!(stored.finish().unwrap(), decoded.finish().unwrap());
        }
        let mut w = CsvInvoices::new(Vec::new()).unwrap();
        assert!(w.row_from_json("{\"id\": 3}").is_err());
    }
}
