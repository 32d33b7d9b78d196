//! The application layer, end to end on real SQLite files: sessions, the operation list, and the
//! policy each operation owns.

mod fixture;
mod movement;
mod principals;
mod settings;
