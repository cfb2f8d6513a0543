//! One request as a simulated gateway takes it, read by a single
//! extractor: counted under its route's name, struck by a pending fault,
//! its caller checked the way the protocol checks, its body read whole.

use crate::faults::arrive;
use crate::state::{Fault, SimState};
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{request::Parts, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use std::marker::PhantomData;
use std::sync::Arc;

/// More than any request a client sends; a bigger one is refused.
const BODY_LIMIT: usize = 1 << 20;

/// The name a route's requests are counted and faulted under: what tests
/// inject a fault into (`"create"`, `"status"`, ...).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Route(&'static str);

/// Names a route, as a layer beside its handler: `get(list).layer(named("list"))`.
pub(crate) fn named(route: &'static str) -> Extension<Route> {
    Extension(Route(route))
}

/// How a protocol lets a caller in.
pub(crate) trait Door: 'static {
    /// `Err` is the protocol's own refusal (boxed: a `Response` is large).
    fn admit(sim: &SimState, request: &Parts, body: &[u8]) -> Result<(), Box<Response>>;
}

/// A route anyone may call (a token endpoint, a status page).
pub(crate) struct Open;

impl Door for Open {
    fn admit(_: &SimState, _: &Parts, _: &[u8]) -> Result<(), Box<Response>> {
        Ok(())
    }
}

pub(crate) struct Call<D> {
    pub sim: Arc<SimState>,
    /// A fault that strikes after the request took effect, for
    /// `faults::answer_after`.
    pub fault: Option<Fault>,
    pub headers: HeaderMap,
    pub body: Bytes,
    door: PhantomData<fn() -> D>,
}

impl<D: Door> FromRequest<Arc<SimState>> for Call<D> {
    type Rejection = Response;

    async fn from_request(req: Request, sim: &Arc<SimState>) -> Result<Self, Response> {
        let route = req.extensions().get::<Route>().map_or("unnamed", |r| r.0);
        let fault = arrive(sim, route).await?;
        let (parts, body) = req.into_parts();
        let body = axum::body::to_bytes(body, BODY_LIMIT)
            .await
            .map_err(|_| StatusCode::PAYLOAD_TOO_LARGE.into_response())?;
        D::admit(sim, &parts, &body).map_err(|refusal| *refusal)?;
        Ok(Call {
            sim: sim.clone(),
            fault,
            headers: parts.headers,
            body,
            door: PhantomData,
        })
    }
}
