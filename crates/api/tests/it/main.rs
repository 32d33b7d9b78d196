//! The application layer, end to end on real SQLite files: sessions, the operation list, and the
//! policy each operation owns.

mod backups;
mod count;
mod fixture;
mod hand_entry;
mod insights;
mod levels;
mod master;
mod movement;
mod national;
mod national_drainer;
mod national_ops;
mod national_writeoff;
mod photo;
mod prices;
mod principals;
mod recall;
mod recall_steps;
mod replenish;
mod report_lang;
mod reports;
mod settings;
mod sync;
mod sync_agent;
mod transcripts;
mod verdicts;
mod window;
