graph "empty"
