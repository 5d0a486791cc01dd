; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_ = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@tp_ro = constant [32 x i8] zeroinitializer, section ".rodata", align 8, !dbg !53
@tp_pending = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !59
@tp_scratch = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !70

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !93 {
entry:
  %tmp2 = alloca [2 x i64], align 8, !dbg !99
  %tmp1 = alloca [6 x i64], align 8, !dbg !99
  %tmp = alloca [1 x i64], align 8, !dbg !99
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !98, metadata !DIExpression()), !dbg !99
  %zero = alloca i32, align 4, !dbg !100
  store i32 0, i32* %zero, align 4, !dbg !100
  %0 = bitcast i32* %zero to i8*, !dbg !100
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !100
  %.not = icmp eq i8* %1, null, !dbg !100
  br i1 %.not, label %return, label %body, !dbg !100

body:                                             ; preds = %entry
  %2 = bitcast [1 x i64]* %tmp to i8*, !dbg !100
  %3 = getelementptr i8, i8* %ctx, i64 24, !dbg !100
  %4 = bitcast i8* %3 to i64*, !dbg !100
  %5 = load i64, i64* %4, align 8, !dbg !100
  %6 = inttoptr i64 %5 to i8*, !dbg !100
  %7 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %2, i32 1, i8* %6) #0, !dbg !100
  %8 = icmp slt i64 %7, 0, !dbg !100
  %9 = icmp ne i64 %5, 0, !dbg !100
  %10 = and i1 %9, %8, !dbg !100
  br i1 %10, label %cold.keep, label %cold.no, !dbg !100

return:                                           ; preds = %agg.full, %stat.inc3, %agg.have, %entry, %cold.fill, %cold.keep
  ret i32 0, !dbg !100

cold.keep:                                        ; preds = %body
  %11 = bitcast [6 x i64]* %tmp1 to i8*, !dbg !100
  %12 = bitcast [2 x i64]* %tmp2 to i8*, !dbg !100
  %13 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !100
  %14 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 0, !dbg !100
  store i64 %13, i64* %14, align 8, !dbg !100
  %15 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 1, !dbg !100
  store i64 0, i64* %15, align 8, !dbg !100
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(48) %11, i8 0, i64 48, i1 false), !dbg !100
  %16 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %12, i8* nonnull %11, i64 0) #0, !dbg !100
  %17 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %12) #0, !dbg !100
  %.not10 = icmp eq i8* %17, null, !dbg !100
  br i1 %.not10, label %return, label %cold.fill, !dbg !100

cold.no:                                          ; preds = %body
  %18 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 216, i64 0) #0, !dbg !101
  %.not5 = icmp eq i8* %18, null, !dbg !101
  br i1 %.not5, label %rec.lost, label %rec.fill, !dbg !101

cold.fill:                                        ; preds = %cold.keep
  %19 = load i64, i64* %4, align 8, !dbg !100
  %20 = getelementptr i8, i8* %17, i64 24, !dbg !100
  %21 = bitcast i8* %20 to i64*, !dbg !100
  store i64 %19, i64* %21, align 8, !dbg !100
  br label %return, !dbg !100

rec.fill:                                         ; preds = %cold.no
  %22 = bitcast i8* %18 to i64*, !dbg !101
  store i64 1, i64* %22, align 8, !dbg !101
  %23 = getelementptr i8, i8* %18, i64 8, !dbg !101
  %24 = load i64, i64* %4, align 8, !dbg !101
  %25 = inttoptr i64 %24 to i8*, !dbg !101
  %26 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %23, i32 201, i8* %25) #0, !dbg !101
  %27 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !101
  %28 = icmp ugt i64 %27, 65536, !dbg !101
  %29 = select i1 %28, i64 2, i64 1, !dbg !101
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %18, i64 %29) #0, !dbg !101
  br label %rec.done, !dbg !101

rec.lost:                                         ; preds = %cold.no
  %30 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !101
  %.not6 = icmp eq i8* %30, null, !dbg !101
  br i1 %.not6, label %rec.done, label %stat.inc, !dbg !101

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(200) %1, i8 0, i64 200, i1 false), !dbg !102
  %31 = load i64, i64* %4, align 8, !dbg !102
  %32 = inttoptr i64 %31 to i8*, !dbg !102
  %33 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %1, i32 200, i8* %32) #0, !dbg !102
  %34 = icmp eq i64 %33, 200, !dbg !102
  br i1 %34, label %str.full, label %str.done, !dbg !102

stat.inc:                                         ; preds = %rec.lost
  %35 = bitcast i8* %30 to i64*, !dbg !101
  %36 = load i64, i64* %35, align 8, !dbg !101
  %37 = add i64 %36, 1, !dbg !101
  store i64 %37, i64* %35, align 8, !dbg !101
  br label %rec.done, !dbg !101

str.full:                                         ; preds = %rec.done
  %38 = getelementptr i8, i8* %1, i64 199, !dbg !102
  %39 = getelementptr i8, i8* %32, i64 199, !dbg !102
  %40 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* %38, i32 1, i8* %39) #0, !dbg !102
  br label %str.done, !dbg !102

str.done:                                         ; preds = %str.full, %rec.done
  %41 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %1) #0, !dbg !102
  %.not7 = icmp eq i8* %41, null, !dbg !102
  br i1 %.not7, label %agg.init, label %agg.have, !dbg !102

agg.have:                                         ; preds = %agg.init, %str.done
  %agg = phi i8* [ %41, %str.done ], [ %46, %agg.init ], !dbg !102
  %42 = bitcast i8* %agg to i64*, !dbg !102
  %43 = load i64, i64* %42, align 8, !dbg !102
  %44 = add i64 %43, 1, !dbg !102
  store i64 %44, i64* %42, align 8, !dbg !102
  br label %return, !dbg !102

agg.init:                                         ; preds = %str.done
  %45 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %1, i8* getelementptr inbounds ([32 x i8], [32 x i8]* @tp_ro, i64 0, i64 24), i64 1) #0, !dbg !102
  %46 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %1) #0, !dbg !102
  %.not8 = icmp eq i8* %46, null, !dbg !102
  br i1 %.not8, label %agg.full, label %agg.have, !dbg !102

agg.full:                                         ; preds = %agg.init
  %47 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !102
  %.not9 = icmp eq i8* %47, null, !dbg !102
  br i1 %.not9, label %return, label %stat.inc3, !dbg !102

stat.inc3:                                        ; preds = %agg.full
  %48 = getelementptr i8, i8* %47, i64 8, !dbg !102
  %49 = bitcast i8* %48 to i64*, !dbg !102
  %50 = load i64, i64* %49, align 8, !dbg !102
  %51 = add i64 %50, 1, !dbg !102
  store i64 %51, i64* %49, align 8, !dbg !102
  br label %return, !dbg !102
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat_x(i8* %ctx) #0 section "tracepoint/syscalls/sys_exit_openat" !dbg !103 {
entry:
  %tmp = alloca [2 x i64], align 8, !dbg !106
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !105, metadata !DIExpression()), !dbg !106
  %zero = alloca i32, align 4, !dbg !107
  store i32 0, i32* %zero, align 4, !dbg !107
  %0 = bitcast i32* %zero to i8*, !dbg !107
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !107
  %.not = icmp eq i8* %1, null, !dbg !107
  br i1 %.not, label %return, label %body, !dbg !107

body:                                             ; preds = %entry
  %2 = bitcast [2 x i64]* %tmp to i8*, !dbg !107
  %3 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !107
  %4 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 0, !dbg !107
  store i64 %3, i64* %4, align 8, !dbg !107
  %5 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 1, !dbg !107
  store i64 0, i64* %5, align 8, !dbg !107
  %6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %2) #0, !dbg !107
  %.not4 = icmp eq i8* %6, null, !dbg !107
  br i1 %.not4, label %return, label %cold.kept, !dbg !107

return:                                           ; preds = %agg.full, %stat.inc2, %agg.have, %entry, %body
  ret i32 0, !dbg !107

cold.kept:                                        ; preds = %body
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(48) %1, i8* noundef nonnull align 1 dereferenceable(48) %6, i64 48, i1 false), !dbg !107
  %7 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %2) #0, !dbg !107
  %8 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 216, i64 0) #0, !dbg !108
  %.not5 = icmp eq i8* %8, null, !dbg !108
  br i1 %.not5, label %rec.lost, label %rec.fill, !dbg !108

rec.fill:                                         ; preds = %cold.kept
  %9 = bitcast i8* %8 to i64*, !dbg !108
  store i64 1, i64* %9, align 8, !dbg !108
  %10 = getelementptr i8, i8* %8, i64 8, !dbg !108
  %11 = getelementptr i8, i8* %1, i64 24, !dbg !108
  %12 = bitcast i8* %11 to i64*, !dbg !108
  %13 = load i64, i64* %12, align 8, !dbg !108
  %14 = inttoptr i64 %13 to i8*, !dbg !108
  %15 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %10, i32 201, i8* %14) #0, !dbg !108
  %16 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !108
  %17 = icmp ugt i64 %16, 65536, !dbg !108
  %18 = select i1 %17, i64 2, i64 1, !dbg !108
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %8, i64 %18) #0, !dbg !108
  br label %rec.done, !dbg !108

rec.lost:                                         ; preds = %cold.kept
  %19 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !108
  %.not6 = icmp eq i8* %19, null, !dbg !108
  br i1 %.not6, label %rec.done, label %stat.inc, !dbg !108

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %20 = getelementptr i8, i8* %1, i64 48, !dbg !109
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(200) %20, i8 0, i64 200, i1 false), !dbg !109
  %21 = getelementptr i8, i8* %1, i64 24, !dbg !109
  %22 = bitcast i8* %21 to i64*, !dbg !109
  %23 = load i64, i64* %22, align 8, !dbg !109
  %24 = inttoptr i64 %23 to i8*, !dbg !109
  %25 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %20, i32 200, i8* %24) #0, !dbg !109
  %26 = icmp eq i64 %25, 200, !dbg !109
  br i1 %26, label %str.full, label %str.done, !dbg !109

stat.inc:                                         ; preds = %rec.lost
  %27 = bitcast i8* %19 to i64*, !dbg !108
  %28 = load i64, i64* %27, align 8, !dbg !108
  %29 = add i64 %28, 1, !dbg !108
  store i64 %29, i64* %27, align 8, !dbg !108
  br label %rec.done, !dbg !108

str.full:                                         ; preds = %rec.done
  %30 = getelementptr i8, i8* %1, i64 247, !dbg !109
  %31 = getelementptr i8, i8* %24, i64 199, !dbg !109
  %32 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* %30, i32 1, i8* %31) #0, !dbg !109
  br label %str.done, !dbg !109

str.done:                                         ; preds = %str.full, %rec.done
  %33 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* %20) #0, !dbg !109
  %.not7 = icmp eq i8* %33, null, !dbg !109
  br i1 %.not7, label %agg.init, label %agg.have, !dbg !109

agg.have:                                         ; preds = %agg.init, %str.done
  %agg = phi i8* [ %33, %str.done ], [ %38, %agg.init ], !dbg !109
  %34 = bitcast i8* %agg to i64*, !dbg !109
  %35 = load i64, i64* %34, align 8, !dbg !109
  %36 = add i64 %35, 1, !dbg !109
  store i64 %36, i64* %34, align 8, !dbg !109
  br label %return, !dbg !109

agg.init:                                         ; preds = %str.done
  %37 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* %20, i8* getelementptr inbounds ([32 x i8], [32 x i8]* @tp_ro, i64 0, i64 24), i64 1) #0, !dbg !109
  %38 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* %20) #0, !dbg !109
  %.not8 = icmp eq i8* %38, null, !dbg !109
  br i1 %.not8, label %agg.full, label %agg.have, !dbg !109

agg.full:                                         ; preds = %agg.init
  %39 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !109
  %.not9 = icmp eq i8* %39, null, !dbg !109
  br i1 %.not9, label %return, label %stat.inc2, !dbg !109

stat.inc2:                                        ; preds = %agg.full
  %40 = getelementptr i8, i8* %39, i64 8, !dbg !109
  %41 = bitcast i8* %40 to i64*, !dbg !109
  %42 = load i64, i64* %41, align 8, !dbg !109
  %43 = add i64 %42, 1, !dbg !109
  store i64 %43, i64* %41, align 8, !dbg !109
  br label %return, !dbg !109
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #3

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { argmemonly nofree nounwind willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!91, !92}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !79, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "strlen_env.tp", directory: ".")
!4 = !{!0, !5, !28, !53, !59, !70}
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
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 128, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 2, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_", linkageName: "m_", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !37, !42, !51}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !33, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 160, align: 32, elements: !35)
!35 = !{!36}
!36 = !DISubrange(count: 5, lowerBound: 0)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !38, size: 64, align: 64, offset: 64)
!38 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !39, size: 64, align: 64, dwarfAddressSpace: 0)
!39 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !40)
!40 = !{!41}
!41 = !DISubrange(count: 4096, lowerBound: 0)
!42 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !43, size: 64, align: 64, offset: 128)
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 1600, align: 64, elements: !45)
!45 = !{!46}
!46 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !47, size: 1600, align: 8)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 1600, align: 8, elements: !49)
!48 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!49 = !{!50}
!50 = !DISubrange(count: 200, lowerBound: 0)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !52, size: 64, align: 64, offset: 192)
!52 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!53 = !DIGlobalVariableExpression(var: !54, expr: !DIExpression())
!54 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !55, isLocal: false, isDefinition: true, align: 64)
!55 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !56)
!56 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 256, align: 8, elements: !57)
!57 = !{!58}
!58 = !DISubrange(count: 32, lowerBound: 0)
!59 = !DIGlobalVariableExpression(var: !60, expr: !DIExpression())
!60 = distinct !DIGlobalVariable(name: "tp_pending", linkageName: "tp_pending", scope: !2, file: !3, type: !61, isLocal: false, isDefinition: true, align: 64)
!61 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !62)
!62 = !{!63, !37, !64, !65}
!63 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!64 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 128)
!65 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !66, size: 64, align: 64, offset: 192)
!66 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !67, size: 64, align: 64, dwarfAddressSpace: 0)
!67 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 384, align: 8, elements: !68)
!68 = !{!69}
!69 = !DISubrange(count: 48, lowerBound: 0)
!70 = !DIGlobalVariableExpression(var: !71, expr: !DIExpression())
!71 = distinct !DIGlobalVariable(name: "tp_scratch", linkageName: "tp_scratch", scope: !2, file: !3, type: !72, isLocal: false, isDefinition: true, align: 64)
!72 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !73)
!73 = !{!9, !15, !20, !74}
!74 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !75, size: 64, align: 64, offset: 192)
!75 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !76, size: 64, align: 64, dwarfAddressSpace: 0)
!76 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 1984, align: 8, elements: !77)
!77 = !{!78}
!78 = !DISubrange(count: 248, lowerBound: 0)
!79 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !80)
!80 = !{!81, !86}
!81 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !82, size: 64, align: 64)
!82 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !83, size: 64, align: 64, dwarfAddressSpace: 0)
!83 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !84)
!84 = !{!85}
!85 = !DISubrange(count: 27, lowerBound: 0)
!86 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !87, size: 64, align: 64, offset: 64)
!87 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !88, size: 64, align: 64, dwarfAddressSpace: 0)
!88 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !89)
!89 = !{!90}
!90 = !DISubrange(count: 262144, lowerBound: 0)
!91 = !{i32 2, !"Debug Info Version", i32 3}
!92 = !{i32 2, !"Dwarf Version", i32 4}
!93 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 3, type: !94, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !97)
!94 = !DISubroutineType(types: !95)
!95 = !{!12, !96}
!96 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!97 = !{!98}
!98 = !DILocalVariable(name: "ctx", arg: 1, scope: !93, file: !3, line: 3, type: !96)
!99 = !DILocation(line: 3, scope: !93)
!100 = !DILocation(line: 3, column: 1, scope: !93)
!101 = !DILocation(line: 4, column: 2, scope: !93)
!102 = !DILocation(line: 5, column: 2, scope: !93)
!103 = distinct !DISubprogram(name: "tp0_sys_enter_openat_x", linkageName: "tp0_sys_enter_openat_x", scope: !3, file: !3, line: 3, type: !94, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !104)
!104 = !{!105}
!105 = !DILocalVariable(name: "ctx", arg: 1, scope: !103, file: !3, line: 3, type: !96)
!106 = !DILocation(line: 3, scope: !103)
!107 = !DILocation(line: 3, column: 1, scope: !103)
!108 = !DILocation(line: 4, column: 2, scope: !103)
!109 = !DILocation(line: 5, column: 2, scope: !103)
