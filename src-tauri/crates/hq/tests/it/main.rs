//! HQ against a real PostgreSQL server started for each test: chains that
//! must continue, shipping that is idempotent, tills that ship at once, and
//! a server that goes away in the middle.

use counterpay_core::{EventKind, Invoice, Ledger, Status};
use counterpay_hq::cluster::{Cluster, PASSWORD};
use counterpay_hq::{Hq, HqError, Target, TillInfo};
use counterpay_journal::{Journal, RawEvent};
use rust_decimal::Decimal;

fn hq(cluster: &Cluster) -> Hq {
    let (target, _) = Target::parse(&cluster.url()).unwrap();
    Hq::new(&target, Some(PASSWORD)).unwrap()
}

fn till(id: &str) -> TillInfo {
    TillInfo {
        id: id.into(),
        name: format!("Counter {id}"),
        shop: "Corner".into(),
    }
}

/// A journal with `sales` paid sales of 2.50 each: three events each.
fn journal(sales: usize) -> (tempfile::TempDir, Journal) {
    let dir = tempfile::tempdir().unwrap();
    let j = Journal::open(&dir.path().join("journal.sqlite3")).unwrap();
    for i in 0..sales {
        let mut inv = Invoice::intent(
            counterpay_core::till::new_id(),
            "demo".into(),
            format!("o-{i}"),
            "USD".into(),
            Decimal::new(250, 2),
            "USDTTRC20".into(),
            None,
        );
        j.append(EventKind::Intent, &inv).unwrap();
        inv.provider_ref = Some(format!("ref-{i}"));
        j.append(EventKind::Created, &inv).unwrap();
        inv.status = Status::Paid;
        inv.paid_crypto = inv.amount_fiat;
        inv.paid_at = Some(inv.created_at);
        j.append(EventKind::Updated, &inv).unwrap();
    }
    (dir, j)
}

fn all(j: &Journal) -> Vec<RawEvent> {
    j.events_after(0, usize::MAX >> 1).unwrap()
}

#[tokio::test]
async fn a_batch_must_continue_the_chain_and_shipping_again_adds_nothing() {
    let cluster = Cluster::start();
    let hq = hq(&cluster);
    assert_eq!(hq.migrate().await.unwrap(), 1);
    assert_eq!(
        hq.migrate().await.unwrap(),
        1,
        "migrating twice changes nothing"
    );
    let (_d, j) = journal(4);
    let events = all(&j);
    let t = till("T1");
    assert_eq!(hq.register(&t).await.unwrap().seq, 0);
    let first = hq.ship(&t, &events[..5]).await.unwrap();
    assert_eq!((first.added, first.head.seq), (5, 5));
    let rest = hq.ship(&t, &events).await.unwrap();
    assert_eq!((rest.added, rest.head.seq), (7, 12));
    let again = hq.ship(&t, &events).await.unwrap();
    assert_eq!(
        again.added, 0,
        "shipping the same events again inserts nothing"
    );

    // Another history for the same till: refused, nothing overwritten.
    let (_d2, other) = journal(5);
    let forged = all(&other);
    let refused = hq.ship(&t, &forged).await.unwrap_err();
    assert!(
        matches!(refused, HqError::Refused { seq: 1, .. }),
        "{refused:?}"
    );
    // A batch that skips an event is refused by the database itself.
    let gap = hq.ship(&t, &forged[13..]).await.unwrap_err();
    assert!(matches!(gap, HqError::Refused { .. }), "{gap:?}");
    assert_eq!(hq.hashes_after("T1", 0, 100).await.unwrap().len(), 12);
    let theirs = hq.hashes_after("T1", 0, 100).await.unwrap();
    let ours: Vec<(i64, String)> = events.iter().map(|e| (e.seq, e.hash.clone())).collect();
    assert_eq!(theirs, ours);
}

#[tokio::test]
async fn hq_never_changes_an_event_it_holds() {
    let cluster = Cluster::start();
    let hq = hq(&cluster);
    hq.migrate().await.unwrap();
    let (_d, j) = journal(1);
    let t = till("T1");
    hq.register(&t).await.unwrap();
    hq.ship(&t, &all(&j)).await.unwrap();
    let (client, conn) = tokio_postgres::connect(
        &format!(
            "host=127.0.0.1 port={} user=postgres password={PASSWORD} dbname=hq",
            cluster.port
        ),
        tokio_postgres::NoTls,
    )
    .await
    .unwrap();
    tokio::spawn(conn);
    for sql in [
        "UPDATE hq_events SET body = '{}' WHERE seq = 1",
        "DELETE FROM hq_events WHERE seq = 3",
    ] {
        let e = client.execute(sql, &[]).await.unwrap_err();
        let said = e
            .as_db_error()
            .map(|d| d.message().to_string())
            .unwrap_or_default();
        assert!(said.contains("never changes"), "{sql}: {e:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_tills_ship_at_once_and_each_chain_stays_whole() {
    let cluster = Cluster::start();
    let hq = std::sync::Arc::new(hq(&cluster));
    hq.migrate().await.unwrap();
    let (_a, ja) = journal(60);
    let (_b, jb) = journal(40);
    let mut tasks = Vec::new();
    for (id, events) in [("A", all(&ja)), ("B", all(&jb))] {
        let hq = hq.clone();
        tasks.push(tokio::spawn(async move {
            let t = till(id);
            hq.register(&t).await.unwrap();
            for batch in events.chunks(25) {
                hq.ship(&t, batch).await.unwrap();
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    assert_eq!(hq.head("A").await.unwrap().unwrap().seq, 180);
    assert_eq!(hq.head("B").await.unwrap().unwrap().seq, 120);
    assert_eq!(hq.hashes_after("A", 0, 1000).await.unwrap().len(), 180);
    let tills = hq.tills().await.unwrap();
    assert_eq!(tills.len(), 2);
    assert_eq!(tills[0].name, "Counter A");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn when_hq_goes_down_mid_way_shipping_resumes_from_what_it_holds() {
    let cluster = Cluster::start();
    let hq = hq(&cluster);
    hq.migrate().await.unwrap();
    let (_d, j) = journal(50);
    let events = all(&j);
    let t = till("T1");
    hq.register(&t).await.unwrap();
    hq.ship(&t, &events[..60]).await.unwrap();
    cluster.down();
    let e = hq.ship(&t, &events[60..]).await.unwrap_err();
    assert!(matches!(e, HqError::Unreachable(_)), "{e:?}");
    cluster.up();
    // The batch that failed left nothing half done: resume from HQ's head.
    let head = hq.register(&t).await.unwrap();
    assert_eq!(head.seq, 60);
    let shipped = hq.ship(&t, &events[head.seq as usize..]).await.unwrap();
    assert_eq!((shipped.added, shipped.head.seq), (90, 150));
    let theirs = hq.hashes_after("T1", 0, 1000).await.unwrap();
    assert_eq!(theirs.len(), 150);
    assert_eq!(theirs.last().unwrap().1, events[149].hash);
}

#[tokio::test]
async fn hq_verify_names_the_first_event_edited_cut_or_not_yet_shipped() {
    let cluster = Cluster::start();
    let hq = hq(&cluster);
    hq.migrate().await.unwrap();
    let (dir, j) = journal(10);
    let events = all(&j);
    let t = till("T1");
    hq.register(&t).await.unwrap();
    hq.ship(&t, &events[..24]).await.unwrap();
    let matched = hq.compare("T1", &j).await.unwrap().unwrap();
    assert_eq!((matched.compared, matched.not_shipped), (24, 6));

    // A body edited in place, its stored hash left alone.
    let file = rusqlite::Connection::open(dir.path().join("journal.sqlite3")).unwrap();
    file.execute_batch("UPDATE events SET body = replace(body, '2.5', '9.5') WHERE seq = 7")
        .unwrap();
    let edited = hq.compare("T1", &j).await.unwrap().unwrap_err();
    assert_eq!(edited.seq, 7, "{}", edited.why);
    assert!(
        edited.why.contains("differs from HQ's copy"),
        "{}",
        edited.why
    );

    // Cut below what HQ holds.
    let (_d2, short) = journal(5);
    let cut = hq.compare("T1", &short).await.unwrap().unwrap_err();
    assert_eq!(cut.seq, 1, "another history differs from the first event");
    let (d3, j3) = journal(4);
    let t3 = till("T3");
    hq.register(&t3).await.unwrap();
    hq.ship(&t3, &all(&j3)).await.unwrap();
    let conn = rusqlite::Connection::open(d3.path().join("journal.sqlite3")).unwrap();
    conn.execute_batch("DELETE FROM events WHERE seq > 9")
        .unwrap();
    let tail = hq.compare("T3", &j3).await.unwrap().unwrap_err();
    assert_eq!(tail.seq, 10);
    assert!(tail.why.contains("missing here"), "{}", tail.why);
}
