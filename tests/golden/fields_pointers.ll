; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@tp_pending = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !26
@tp_scratch = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !47

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !65 {
entry:
  %tmp2 = alloca [2 x i64], align 8, !dbg !71
  %tmp1 = alloca [6 x i64], align 8, !dbg !71
  %tmp = alloca [1 x i64], align 8, !dbg !71
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !70, metadata !DIExpression()), !dbg !71
  %zero = alloca i32, align 4, !dbg !72
  store i32 0, i32* %zero, align 4, !dbg !72
  %0 = bitcast [1 x i64]* %tmp to i8*, !dbg !72
  %1 = getelementptr i8, i8* %ctx, i64 24, !dbg !72
  %2 = bitcast i8* %1 to i64*, !dbg !72
  %3 = load i64, i64* %2, align 8, !dbg !72
  %4 = inttoptr i64 %3 to i8*, !dbg !72
  %5 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %0, i32 1, i8* %4) #0, !dbg !72
  %6 = icmp slt i64 %5, 0, !dbg !72
  %7 = icmp ne i64 %3, 0, !dbg !72
  %8 = and i1 %7, %6, !dbg !72
  br i1 %8, label %cold.keep, label %cold.no, !dbg !72

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %cold.fill, %cold.keep
  ret i32 0, !dbg !72

cold.keep:                                        ; preds = %entry
  %9 = bitcast [6 x i64]* %tmp1 to i8*, !dbg !72
  %10 = bitcast [2 x i64]* %tmp2 to i8*, !dbg !72
  %11 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !72
  %12 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 0, !dbg !72
  store i64 %11, i64* %12, align 8, !dbg !72
  %13 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 1, !dbg !72
  store i64 0, i64* %13, align 8, !dbg !72
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(48) %9, i8 0, i64 48, i1 false), !dbg !72
  %14 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %10, i8* nonnull %9, i64 0) #0, !dbg !72
  %15 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %10) #0, !dbg !72
  %.not4 = icmp eq i8* %15, null, !dbg !72
  br i1 %.not4, label %return, label %cold.fill, !dbg !72

cold.no:                                          ; preds = %entry
  %16 = load i64, i64* %2, align 8, !dbg !73
  %17 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 104, i64 0) #0, !dbg !73
  %.not = icmp eq i8* %17, null, !dbg !73
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !73

cold.fill:                                        ; preds = %cold.keep
  %18 = load i64, i64* %2, align 8, !dbg !72
  %19 = getelementptr i8, i8* %15, i64 24, !dbg !72
  %20 = bitcast i8* %19 to i64*, !dbg !72
  store i64 %18, i64* %20, align 8, !dbg !72
  br label %return, !dbg !72

rec.fill:                                         ; preds = %cold.no
  %21 = bitcast i8* %17 to i64*, !dbg !73
  store i64 1, i64* %21, align 8, !dbg !73
  %22 = getelementptr i8, i8* %17, i64 8, !dbg !73
  %23 = bitcast i8* %22 to i64*, !dbg !73
  store i64 %16, i64* %23, align 8, !dbg !73
  %24 = getelementptr i8, i8* %17, i64 16, !dbg !73
  %25 = load i64, i64* %2, align 8, !dbg !73
  %26 = inttoptr i64 %25 to i8*, !dbg !73
  %27 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %24, i32 65, i8* %26) #0, !dbg !73
  %28 = getelementptr i8, i8* %17, i64 88, !dbg !73
  %29 = load i64, i64* %2, align 8, !dbg !73
  %30 = inttoptr i64 %29 to i8*, !dbg !73
  %31 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %28, i32 9, i8* %30) #0, !dbg !73
  %32 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !73
  %33 = icmp ugt i64 %32, 65536, !dbg !73
  %34 = select i1 %33, i64 2, i64 1, !dbg !73
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %17, i64 %34) #0, !dbg !73
  br label %return, !dbg !73

rec.lost:                                         ; preds = %cold.no
  %35 = bitcast i32* %zero to i8*, !dbg !73
  %36 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %35) #0, !dbg !73
  %.not3 = icmp eq i8* %36, null, !dbg !73
  br i1 %.not3, label %return, label %stat.inc, !dbg !73

stat.inc:                                         ; preds = %rec.lost
  %37 = bitcast i8* %36 to i64*, !dbg !73
  %38 = load i64, i64* %37, align 8, !dbg !73
  %39 = add i64 %38, 1, !dbg !73
  store i64 %39, i64* %37, align 8, !dbg !73
  br label %return, !dbg !73
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat_x(i8* %ctx) #0 section "tracepoint/syscalls/sys_exit_openat" !dbg !74 {
entry:
  %tmp = alloca [2 x i64], align 8, !dbg !77
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !76, metadata !DIExpression()), !dbg !77
  %zero = alloca i32, align 4, !dbg !78
  store i32 0, i32* %zero, align 4, !dbg !78
  %0 = bitcast i32* %zero to i8*, !dbg !78
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !78
  %.not = icmp eq i8* %1, null, !dbg !78
  br i1 %.not, label %return, label %body, !dbg !78

body:                                             ; preds = %entry
  %2 = bitcast [2 x i64]* %tmp to i8*, !dbg !78
  %3 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !78
  %4 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 0, !dbg !78
  store i64 %3, i64* %4, align 8, !dbg !78
  %5 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 1, !dbg !78
  store i64 0, i64* %5, align 8, !dbg !78
  %6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %2) #0, !dbg !78
  %.not1 = icmp eq i8* %6, null, !dbg !78
  br i1 %.not1, label %return, label %cold.kept, !dbg !78

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %entry, %body
  ret i32 0, !dbg !78

cold.kept:                                        ; preds = %body
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(48) %1, i8* noundef nonnull align 1 dereferenceable(48) %6, i64 48, i1 false), !dbg !78
  %7 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %2) #0, !dbg !78
  %8 = getelementptr i8, i8* %1, i64 24, !dbg !79
  %9 = bitcast i8* %8 to i64*, !dbg !79
  %10 = load i64, i64* %9, align 8, !dbg !79
  %11 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 104, i64 0) #0, !dbg !79
  %.not2 = icmp eq i8* %11, null, !dbg !79
  br i1 %.not2, label %rec.lost, label %rec.fill, !dbg !79

rec.fill:                                         ; preds = %cold.kept
  %12 = bitcast i8* %11 to i64*, !dbg !79
  store i64 1, i64* %12, align 8, !dbg !79
  %13 = getelementptr i8, i8* %11, i64 8, !dbg !79
  %14 = bitcast i8* %13 to i64*, !dbg !79
  store i64 %10, i64* %14, align 8, !dbg !79
  %15 = getelementptr i8, i8* %11, i64 16, !dbg !79
  %16 = load i64, i64* %9, align 8, !dbg !79
  %17 = inttoptr i64 %16 to i8*, !dbg !79
  %18 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %15, i32 65, i8* %17) #0, !dbg !79
  %19 = getelementptr i8, i8* %11, i64 88, !dbg !79
  %20 = load i64, i64* %9, align 8, !dbg !79
  %21 = inttoptr i64 %20 to i8*, !dbg !79
  %22 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %19, i32 9, i8* %21) #0, !dbg !79
  %23 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !79
  %24 = icmp ugt i64 %23, 65536, !dbg !79
  %25 = select i1 %24, i64 2, i64 1, !dbg !79
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %11, i64 %25) #0, !dbg !79
  br label %return, !dbg !79

rec.lost:                                         ; preds = %cold.kept
  %26 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !79
  %.not3 = icmp eq i8* %26, null, !dbg !79
  br i1 %.not3, label %return, label %stat.inc, !dbg !79

stat.inc:                                         ; preds = %rec.lost
  %27 = bitcast i8* %26 to i64*, !dbg !79
  %28 = load i64, i64* %27, align 8, !dbg !79
  %29 = add i64 %28, 1, !dbg !79
  store i64 %29, i64* %27, align 8, !dbg !79
  br label %return, !dbg !79
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nounwind
define i32 @tp1_ipi_send_cpumask(i8* %ctx) #0 section "tracepoint/ipi/ipi_send_cpumask" !dbg !80 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !82, metadata !DIExpression()), !dbg !83
  %zero = alloca i32, align 4, !dbg !84
  store i32 0, i32* %zero, align 4, !dbg !84
  %0 = getelementptr i8, i8* %ctx, i64 16, !dbg !85
  %1 = bitcast i8* %0 to i64*, !dbg !85
  %2 = load i64, i64* %1, align 8, !dbg !85
  %3 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 88, i64 0) #0, !dbg !85
  %.not = icmp eq i8* %3, null, !dbg !85
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !85

rec.fill:                                         ; preds = %entry
  %4 = bitcast i8* %3 to i64*, !dbg !85
  store i64 4294967297, i64* %4, align 8, !dbg !85
  %5 = getelementptr i8, i8* %3, i64 8, !dbg !85
  %6 = bitcast i8* %5 to i64*, !dbg !85
  store i64 %2, i64* %6, align 8, !dbg !85
  %7 = getelementptr i8, i8* %3, i64 16, !dbg !85
  %8 = getelementptr i8, i8* %ctx, i64 24, !dbg !85
  %9 = bitcast i8* %8 to i64*, !dbg !85
  %10 = load i64, i64* %9, align 8, !dbg !85
  %11 = inttoptr i64 %10 to i8*, !dbg !85
  %12 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* %7, i32 65, i8* %11) #0, !dbg !85
  %13 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !85
  %14 = icmp ugt i64 %13, 65536, !dbg !85
  %15 = select i1 %14, i64 2, i64 1, !dbg !85
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %3, i64 %15) #0, !dbg !85
  br label %rec.done, !dbg !85

rec.lost:                                         ; preds = %entry
  %16 = bitcast i32* %zero to i8*, !dbg !85
  %17 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %16) #0, !dbg !85
  %.not1 = icmp eq i8* %17, null, !dbg !85
  br i1 %.not1, label %rec.done, label %stat.inc, !dbg !85

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  ret i32 0, !dbg !84

stat.inc:                                         ; preds = %rec.lost
  %18 = bitcast i8* %17 to i64*, !dbg !85
  %19 = load i64, i64* %18, align 8, !dbg !85
  %20 = add i64 %19, 1, !dbg !85
  store i64 %20, i64* %18, align 8, !dbg !85
  br label %rec.done, !dbg !85
}

; Function Attrs: nounwind
define i32 @tp2_percpu_alloc_percpu(i8* %ctx) #0 section "tracepoint/percpu/percpu_alloc_percpu" !dbg !86 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !88, metadata !DIExpression()), !dbg !89
  %zero = alloca i32, align 4, !dbg !90
  store i32 0, i32* %zero, align 4, !dbg !90
  %0 = getelementptr i8, i8* %ctx, i64 40, !dbg !91
  %1 = bitcast i8* %0 to i64*, !dbg !91
  %2 = load i64, i64* %1, align 8, !dbg !91
  %3 = getelementptr i8, i8* %ctx, i64 56, !dbg !91
  %4 = bitcast i8* %3 to i64*, !dbg !91
  %5 = load i64, i64* %4, align 8, !dbg !91
  %6 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #0, !dbg !91
  %.not = icmp eq i8* %6, null, !dbg !91
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !91

rec.fill:                                         ; preds = %entry
  %7 = bitcast i8* %6 to i64*, !dbg !91
  store i64 8589934593, i64* %7, align 8, !dbg !91
  %8 = getelementptr i8, i8* %6, i64 8, !dbg !91
  %9 = bitcast i8* %8 to i64*, !dbg !91
  store i64 %2, i64* %9, align 8, !dbg !91
  %10 = getelementptr i8, i8* %6, i64 16, !dbg !91
  %11 = bitcast i8* %10 to i64*, !dbg !91
  store i64 %5, i64* %11, align 8, !dbg !91
  %12 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !91
  %13 = icmp ugt i64 %12, 65536, !dbg !91
  %14 = select i1 %13, i64 2, i64 1, !dbg !91
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %6, i64 %14) #0, !dbg !91
  br label %rec.done, !dbg !91

rec.lost:                                         ; preds = %entry
  %15 = bitcast i32* %zero to i8*, !dbg !91
  %16 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %15) #0, !dbg !91
  %.not1 = icmp eq i8* %16, null, !dbg !91
  br i1 %.not1, label %rec.done, label %stat.inc, !dbg !91

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  ret i32 0, !dbg !90

stat.inc:                                         ; preds = %rec.lost
  %17 = bitcast i8* %16 to i64*, !dbg !91
  %18 = load i64, i64* %17, align 8, !dbg !91
  %19 = add i64 %18, 1, !dbg !91
  store i64 %19, i64* %17, align 8, !dbg !91
  br label %rec.done, !dbg !91
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { argmemonly nofree nounwind willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!63, !64}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !51, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "fields_pointers.tp", directory: ".")
!4 = !{!0, !5, !26, !47}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !2, file: !3, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !8)
!8 = !{!9, !15, !20, !22}
!9 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !10, size: 64, align: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 192, align: 32, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 6, lowerBound: 0)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !16, size: 64, align: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, align: 32, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 1, lowerBound: 0)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !21, size: 64, align: 64, offset: 128)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 64, align: 64, elements: !18)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !DIGlobalVariableExpression(var: !27, expr: !DIExpression())
!27 = distinct !DIGlobalVariable(name: "tp_pending", linkageName: "tp_pending", scope: !2, file: !3, type: !28, isLocal: false, isDefinition: true, align: 64)
!28 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !29)
!29 = !{!30, !31, !36, !41}
!30 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!31 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !32, size: 64, align: 64, offset: 64)
!32 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !33, size: 64, align: 64, dwarfAddressSpace: 0)
!33 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !34)
!34 = !{!35}
!35 = !DISubrange(count: 4096, lowerBound: 0)
!36 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !37, size: 64, align: 64, offset: 128)
!37 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !38, size: 64, align: 64, dwarfAddressSpace: 0)
!38 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 128, align: 64, elements: !39)
!39 = !{!40}
!40 = !DISubrange(count: 2, lowerBound: 0)
!41 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !42, size: 64, align: 64, offset: 192)
!42 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !43, size: 64, align: 64, dwarfAddressSpace: 0)
!43 = !DICompositeType(tag: DW_TAG_array_type, baseType: !44, size: 384, align: 8, elements: !45)
!44 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!45 = !{!46}
!46 = !DISubrange(count: 48, lowerBound: 0)
!47 = !DIGlobalVariableExpression(var: !48, expr: !DIExpression())
!48 = distinct !DIGlobalVariable(name: "tp_scratch", linkageName: "tp_scratch", scope: !2, file: !3, type: !49, isLocal: false, isDefinition: true, align: 64)
!49 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !50)
!50 = !{!9, !15, !20, !41}
!51 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !52)
!52 = !{!53, !58}
!53 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !54, size: 64, align: 64)
!54 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !55, size: 64, align: 64, dwarfAddressSpace: 0)
!55 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !56)
!56 = !{!57}
!57 = !DISubrange(count: 27, lowerBound: 0)
!58 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !59, size: 64, align: 64, offset: 64)
!59 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !60, size: 64, align: 64, dwarfAddressSpace: 0)
!60 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !61)
!61 = !{!62}
!62 = !DISubrange(count: 262144, lowerBound: 0)
!63 = !{i32 2, !"Debug Info Version", i32 3}
!64 = !{i32 2, !"Dwarf Version", i32 4}
!65 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 3, type: !66, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !69)
!66 = !DISubroutineType(types: !67)
!67 = !{!12, !68}
!68 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!69 = !{!70}
!70 = !DILocalVariable(name: "ctx", arg: 1, scope: !65, file: !3, line: 3, type: !68)
!71 = !DILocation(line: 3, scope: !65)
!72 = !DILocation(line: 3, column: 1, scope: !65)
!73 = !DILocation(line: 4, column: 2, scope: !65)
!74 = distinct !DISubprogram(name: "tp0_sys_enter_openat_x", linkageName: "tp0_sys_enter_openat_x", scope: !3, file: !3, line: 3, type: !66, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !75)
!75 = !{!76}
!76 = !DILocalVariable(name: "ctx", arg: 1, scope: !74, file: !3, line: 3, type: !68)
!77 = !DILocation(line: 3, scope: !74)
!78 = !DILocation(line: 3, column: 1, scope: !74)
!79 = !DILocation(line: 4, column: 2, scope: !74)
!80 = distinct !DISubprogram(name: "tp1_ipi_send_cpumask", linkageName: "tp1_ipi_send_cpumask", scope: !3, file: !3, line: 6, type: !66, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !81)
!81 = !{!82}
!82 = !DILocalVariable(name: "ctx", arg: 1, scope: !80, file: !3, line: 6, type: !68)
!83 = !DILocation(line: 6, scope: !80)
!84 = !DILocation(line: 6, column: 1, scope: !80)
!85 = !DILocation(line: 7, column: 2, scope: !80)
!86 = distinct !DISubprogram(name: "tp2_percpu_alloc_percpu", linkageName: "tp2_percpu_alloc_percpu", scope: !3, file: !3, line: 9, type: !66, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !87)
!87 = !{!88}
!88 = !DILocalVariable(name: "ctx", arg: 1, scope: !86, file: !3, line: 9, type: !68)
!89 = !DILocation(line: 9, scope: !86)
!90 = !DILocation(line: 9, column: 1, scope: !86)
!91 = !DILocation(line: 10, column: 2, scope: !86)
