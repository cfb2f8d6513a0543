//! The parts of the walk joined into what one walk from the first event
//! would have found: the links where one part meets the next, the
//! configuration replayed from the start, Z-reports numbered without gaps,
//! every expected head somewhere in the chain; and the first problem, the
//! one at the earliest event.

use super::walk::Part;
use super::{Head, VerifyError};
use crate::config::Config;
use std::collections::BTreeSet;

/// The whole chain, as far as the derived tables are checked against it.
pub(super) struct Whole {
    pub events: u64,
    pub config: Config,
    pub shifts: u64,
    pub withdrawals: BTreeSet<String>,
    pub staff: BTreeSet<String>,
    pub invoices: Vec<super::invoices::Invoices>,
}

fn at(e: &VerifyError) -> Option<i64> {
    match e {
        VerifyError::Event { seq, .. } | VerifyError::NoKey { seq, .. } => Some(*seq),
        _ => None,
    }
}

pub(super) fn join(
    parts: Vec<Result<Part, VerifyError>>,
    expect: &[Head],
) -> Result<Whole, VerifyError> {
    let mut problems = Vec::new();
    let mut ok = Vec::new();
    for part in parts {
        match part {
            Ok(p) => ok.push(Some(p)),
            Err(e) if at(&e).is_some() => {
                problems.push(e);
                ok.push(None);
            }
            Err(e) => return Err(e),
        }
    }
    let event = |seq, problem| VerifyError::Event { seq, problem };
    for pair in ok.windows(2) {
        let (Some(before), Some(after)) = (&pair[0], &pair[1]) else {
            continue;
        };
        if before.stopped {
            continue;
        }
        let last = before
            .last
            .as_ref()
            .map_or(before.range.start() - 1, |l| l.0);
        if last != *before.range.end() {
            problems.push(event(
                last + 1,
                format!("missing: the journal jumps from event {last} to a later one (rows were deleted)"),
            ));
        } else if let (Some((_, hash)), Some(link)) = (&before.last, &after.first_prev) {
            if hash != link {
                problems.push(event(
                    last + 1,
                    format!(
                        "does not follow event {last} (its link to the previous event was changed)"
                    ),
                ));
            }
        }
    }
    let mut config = Config::default();
    let mut shifts = 0u64;
    'replay: for part in &ok {
        let Some(part) = part else { break };
        for (seq, change) in &part.changes {
            if let Err(e) = config.apply(change) {
                problems.push(event(
                    *seq,
                    format!("records a change that cannot be read: {e}"),
                ));
                break 'replay;
            }
        }
        for (seq, number) in &part.zreports {
            if *number != shifts + 1 {
                problems.push(event(
                    *seq,
                    format!("is Z-report {number} but the one before it was {shifts}"),
                ));
                break 'replay;
            }
            shifts += 1;
        }
        if part.stopped {
            break;
        }
    }
    if let Some(first) = problems.into_iter().min_by_key(at) {
        return Err(first);
    }
    let parts: Vec<Part> = ok.into_iter().flatten().collect();
    let newest = parts
        .iter()
        .filter_map(|p| p.last.as_ref().map(|l| l.0))
        .max()
        .unwrap_or(0);
    for (i, head) in expect.iter().enumerate() {
        if !parts.iter().any(|p| p.heads[i]) {
            let which = head
                .seq
                .map(|s| format!("event {s}"))
                .unwrap_or_else(|| "an event".into());
            return Err(VerifyError::Head(format!(
                "the journal no longer holds {which} with hash {}: its newest events were cut off or rewritten (it ends at event {newest})",
                head.hash
            )));
        }
    }
    let mut whole = Whole {
        events: 0,
        config,
        shifts,
        withdrawals: BTreeSet::new(),
        staff: BTreeSet::new(),
        invoices: Vec::new(),
    };
    for part in parts {
        whole.events += part.events;
        whole.withdrawals.extend(part.withdrawals);
        whole.staff.extend(part.staff);
        whole.invoices.push(part.invoices);
    }
    Ok(whole)
}
