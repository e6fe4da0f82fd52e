// ribbon commands entry (filled by the add-in work)
