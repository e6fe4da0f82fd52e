// task pane entry (filled by the add-in work)
