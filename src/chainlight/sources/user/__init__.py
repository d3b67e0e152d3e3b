"""The user's own records: marketplace listings, shipment lines and suppliers, from CSV, XLSX, JSON lines
or Parquet.  One module per record type (`listings`, `shipments`, `suppliers`), each with `META` and `read`."""
