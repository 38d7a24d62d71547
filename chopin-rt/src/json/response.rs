//! [`Json`] as a handler's answer: written straight into the connection's write buffer (head,
//! then the body from the value's writer, `Content-Length` filled in after), never through an
//! intermediate `Vec`, also when an async handler answers it (its value is sent the same way
//! when the task is done). An owned value that must become a [`Response`] first (for middleware
//! after-hooks) becomes a [`Body::Json`](crate::Body::Json) that is written the same way when the
//! response is sent; [`IntoResponse::into_response`] of a borrowing value serialises it into the
//! response.

use super::{to_vec, Json, Serialize};
use crate::response::{IntoResponse, Response, Status};
use crate::service::Reply;

impl<T: Serialize> IntoResponse for Json<T> {
    fn into_response(self) -> Response {
        Response::json_bytes(to_vec(&self.0))
    }

    #[inline]
    fn into_response_owned(self) -> Response
    where
        Self: 'static,
    {
        Response::json(self.0)
    }

    #[inline]
    fn send_to(self, reply: &mut Reply<'_>) {
        self.send_to_with_status(Status::OK, reply);
    }

    #[inline]
    fn send_to_with_status(self, status: Status, reply: &mut Reply<'_>) {
        let value = &self.0;
        reply.send_with_body(status, Response::JSON_TYPE_LINE, value.json_size_hint(), |out| {
            value.write_json(out)
        });
    }
}
