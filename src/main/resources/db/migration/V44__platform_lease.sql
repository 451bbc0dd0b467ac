-- Named leases (ADR 0028): work that one node at a time may do, such as submitting incomplete event
-- publications again. A node holds a lease until `held_until`; another takes it over only after that.
create table plat_lease (
    name       varchar(100)             not null primary key,
    holder     varchar(200)             not null,
    held_until timestamp with time zone not null
);
